#!/usr/bin/env python3
"""Types values into a LibreOffice flat XML spreadsheet (.fods) as a clerk would in Calc.

usage: fods_fill.py FILE.fods SHEET!CELL=VALUE ...

A VALUE starting with # is a number (#37.5), with % a percentage as Calc stores `25%` typed
(%0.25: the value 0.25 in a cell formatted 0%), with @ a date (@2023-04-01, formatted as a
date); a | in a text is a line break (Alt+Enter). SHEET!CELL:CELL=merge merges a range, as
Format > Merge Cells does (the first cell keeps its value, the others become covered).

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


AUTOMATIC_STYLES = {
    "plandb_pct": ('<number:percentage-style xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" style:name="N_plandb_pct" '
                   'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><number:number number:decimal-places="0" '
                   'number:min-decimal-places="0" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'),
    "plandb_date": ('<number:date-style xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" style:name="N_plandb_date" '
                    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"><number:year number:style="long"/><number:text>/</number:text>'
                    '<number:month/><number:text>/</number:text><number:day/></number:date-style>'),
}


def add_cell_style(tree, name, data_style):
    """A cell style `name` using the data style `data_style`, added once to the automatic styles."""
    styles = tree.find(q("office", "automatic-styles"))
    style_ns = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
    if any(s.get("{%s}name" % style_ns) == name for s in styles):
        return
    styles.append(ET.fromstring(AUTOMATIC_STYLES[name]))
    cell_style = ET.SubElement(styles, "{%s}style" % style_ns)
    cell_style.set("{%s}name" % style_ns, name)
    cell_style.set("{%s}family" % style_ns, "table-cell")
    cell_style.set("{%s}parent-style-name" % style_ns, "Default")
    cell_style.set("{%s}data-style-name" % style_ns, "N_" + name)


def set_value(cell, value, tree=None):
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
    elif value.startswith("%"):
        number = value[1:]
        add_cell_style(tree, "plandb_pct", None)
        cell.set(q("table", "style-name"), "plandb_pct")
        cell.set(q("office", "value-type"), "percentage")
        cell.set(q("office", "value"), number)
        cell.set(q("calcext", "value-type"), "percentage")
        text = "%g%%" % (float(number) * 100)
    elif value.startswith("@"):
        date = value[1:]
        add_cell_style(tree, "plandb_date", None)
        cell.set(q("table", "style-name"), "plandb_date")
        cell.set(q("office", "value-type"), "date")
        cell.set(q("office", "date-value"), date)
        cell.set(q("calcext", "value-type"), "date")
        text = date.replace("-", "/")
    elif "|" in value:
        cell.set(q("office", "value-type"), "string")
        cell.set(q("calcext", "value-type"), "string")
        for line in value.split("|"):
            ET.SubElement(cell, q("text", "p")).text = line
        return
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
        if ":" in reference:
            first, last = (re.fullmatch(r"([A-Z]+)([0-9]+)", r).groups() for r in reference.split(":"))
            rows = int(last[1]) - int(first[1]) + 1
            columns = column_number(last[0]) - column_number(first[0]) + 1
            for row in range(int(first[1]), int(last[1]) + 1):
                for column in range(column_number(first[0]), column_number(last[0]) + 1):
                    cell = cell_at(tables[sheet], row, column)
                    if (row, column) == (int(first[1]), column_number(first[0])):
                        cell.set(q("table", "number-rows-spanned"), str(rows))
                        cell.set(q("table", "number-columns-spanned"), str(columns))
                    else:
                        cell.tag = q("table", "covered-table-cell")
                        for name in list(cell.attrib):
                            if name.startswith("{%s}" % NS["office"]) or name.startswith("{%s}" % NS["calcext"]):
                                del cell.attrib[name]
                        for child in list(cell):
                            cell.remove(child)
            continue
        letters, digits = re.fullmatch(r"([A-Z]+)([0-9]+)", reference).groups()
        set_value(cell_at(tables[sheet], int(digits), column_number(letters)), value, tree)
    tree.write(path, xml_declaration=True, encoding="UTF-8")


main()
