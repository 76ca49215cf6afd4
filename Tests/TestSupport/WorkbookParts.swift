import Foundation
import ZIPFoundation

/// The parts of an .xlsx file, to change one the way a clerk's spreadsheet program (or an
/// attacker) would and zip them again.
public struct WorkbookParts {
    public var parts: [(name: String, data: Data)]

    public init(parts: [(name: String, data: Data)]) { self.parts = parts }

    public init(path: String) throws {
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        parts = try archive.map { entry in
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            return (entry.path, data)
        }
    }

    /// A part as text; setting nil removes it.
    public subscript(name: String) -> String? {
        get { parts.first { $0.name == name }.map { String(decoding: $0.data, as: UTF8.self) } }
        set {
            parts.removeAll { $0.name == name }
            if let newValue { parts.append((name, Data(newValue.utf8))) }
        }
    }

    /// Puts `cell` (a `<c>` element) in place of the cell `reference`, which must exist.
    public mutating func replaceCell(_ reference: String, in sheet: String, with cell: String) {
        let text = self[sheet] ?? ""
        let pattern = try! NSRegularExpression(pattern: "<c r=\"\(reference)\"[^>]*?(/>|>.*?</c>)")
        let range = pattern.rangeOfFirstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        precondition(range.location != NSNotFound, "no cell \(reference) in \(sheet)")
        self[sheet] = (text as NSString).replacingCharacters(in: range, with: cell)
    }

    /// Types a number into the cell `reference`, keeping its style (and so its number format).
    public mutating func fillNumber(_ reference: String, in sheet: String, _ value: String) {
        let text = self[sheet] ?? ""
        let pattern = try! NSRegularExpression(pattern: "<c r=\"\(reference)\"( s=\"[0-9]+\")?[^>]*?(/>|>.*?</c>)")
        let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text))
        precondition(match != nil, "no cell \(reference) in \(sheet)")
        let style = match.flatMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } } ?? ""
        replaceCell(reference, in: sheet, with: "<c r=\"\(reference)\"\(style)><v>\(value)</v></c>")
    }

    /// Rewrites the uncompressed size the zip declares for `name` (in its local header and its
    /// central directory entry), as a zip bomb lies about it.
    public static func declareSize(_ size: UInt32, of name: String, inZip path: String) throws {
        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        let nameBytes = Array(name.utf8)
        func put(_ value: UInt32, at offset: Int) {
            for index in 0..<4 { bytes[offset + index] = UInt8((value >> (8 * UInt32(index))) & 0xFF) }
        }
        func uint16(_ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }
        var offset = 0
        while offset + 46 < bytes.count {
            if bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x03, 0x04]), bytes[(offset + 30)...].starts(with: nameBytes) {
                put(size, at: offset + 22)
            }
            if bytes[offset..<offset + 4].elementsEqual([0x50, 0x4B, 0x01, 0x02]), uint16(offset + 28) == nameBytes.count,
               bytes[(offset + 46)...].starts(with: nameBytes) {
                put(size, at: offset + 24)
            }
            offset += 1
        }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// Zips the parts to `path`, deflated except those named in `stored` (kept as they are, so
    /// that a test can damage a byte it can find).
    public func write(to path: String, stored: Set<String> = []) throws {
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, data) in parts {
            let method: CompressionMethod = stored.contains(name) ? .none : .deflate
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: method) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
    }
}
