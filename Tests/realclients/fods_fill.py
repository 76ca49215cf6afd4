#!/usr/bin/env python3
"""Types values into a LibreOffice flat XML spreadsheet (.fods) as a clerk would in Calc.

usage: fods_fill.py FILE.fods SHEET!CELL=VALUE ...   (a VALUE starting with # is a number: #37.5)

Rows and cells that LibreOffice stores as repeated (number-rows-repeated,
number-columns-repeated) are split so that only the addressed cell changes; its style (and so
its number format and protection) is kept.
"""
import copy
import re
import sys
import xml.etree.ElementTree as ET

NS = {
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
}


def q(prefix, name):
    return "{%s}%s" % (NS[prefix], name)


def register_namespaces(path):
    for _, (prefix, uri) in ET.iterparse(path, events=["start-ns"]):
        ET.register_namespace(prefix, uri)


def rows_of(table):
    """The table's row elements in order, with their parent, through header rows and groups."""
    for child in list(table):
        if child.tag == q("table", "table-row"):
            yield table, child
        elif child.tag in (q("table", "table-header-rows"), q("table", "table-rows"), q("table", "table-row-group")):
            yield from rows_of(child)


def split(parent, element, attribute, index):
    """Splits a repeated element so that the `index`-th repetition is an element of its own."""
    count = int(element.get(attribute, "1"))
    if count == 1:
        return element
    position = list(parent).index(element)
    pieces = []
    for size in (index, 1, count - index - 1):
        if size > 0:
            piece = copy.deepcopy(element)
            if size > 1:
                piece.set(attribute, str(size))
            else:
                piece.attrib.pop(attribute, None)
            pieces.append((size, piece))
    parent.remove(element)
    target = None
    for offset, (size, piece) in enumerate(pieces):
        parent.insert(position + offset, piece)
    before = index
    for size, piece in pieces:
        if before == 0 and size == 1:
            target = piece
            break
        before -= size
    return target


def cell_at(table, row_number, column_number):
    seen = 0
    for parent, row in rows_of(table):
        count = int(row.get(q("table", "number-rows-repeated"), "1"))
        if seen + count >= row_number:
            row = split(parent, row, q("table", "number-rows-repeated"), row_number - seen - 1)
            break
        seen += count
    else:
        raise SystemExit("row %d not found" % row_number)
    seen = 0
    for cell in list(row):
        if cell.tag not in (q("table", "table-cell"), q("table", "covered-table-cell")):
            continue
        count = int(cell.get(q("table", "number-columns-repeated"), "1"))
        if seen + count >= column_number:
            return split(row, cell, q("table", "number-columns-repeated"), column_number - seen - 1)
        seen += count
    raise SystemExit("column %d not found in row %d" % (column_number, row_number))


def set_value(cell, value):
    for name in list(cell.attrib):
        if name.startswith("{%s}" % NS["office"]) or name.startswith("{%s}" % NS["calcext"]):
            del cell.attrib[name]
    for child in list(cell):
        cell.remove(child)
    if value.startswith("#"):
        number = value[1:]
        cell.set(q("office", "value-type"), "float")
        cell.set(q("office", "value"), number)
        cell.set(q("calcext", "value-type"), "float")
        text = number
    else:
        cell.set(q("office", "value-type"), "string")
        cell.set(q("calcext", "value-type"), "string")
        text = value
    ET.SubElement(cell, q("text", "p")).text = text


def column_number(letters):
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def main():
    path = sys.argv[1]
    register_namespaces(path)
    tree = ET.parse(path)
    tables = {t.get(q("table", "name")): t for t in tree.iter(q("table", "table"))}
    for assignment in sys.argv[2:]:
        target, value = assignment.split("=", 1)
        sheet, reference = target.split("!")
        letters, digits = re.fullmatch(r"([A-Z]+)([0-9]+)", reference).groups()
        set_value(cell_at(tables[sheet], int(digits), column_number(letters)), value)
    tree.write(path, xml_declaration=True, encoding="UTF-8")


main()
