import ArgumentParser
import PlanCore
import SQLiteDB

extension OutputFormat: ExpressibleByArgument {}

/// `--format` for every command that prints rows.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(Message.helpOptionFormat.text()))
    var format: OutputFormat = .table

    @Flag(name: .long, help: ArgumentHelp(Message.helpOptionBOM.text()))
    var bom = false

    /// table and markdown are read by people: words in their cells may be translated, while
    /// csv, tsv, json and ndjson keep the stable values scripts compare against.
    var forPeople: Bool { format == .table || format == .markdown }

    /// A stored instant as the output shows it: in Japan's time and form for people
    /// (2026年12月5日 10:12), as stored (ISO 8601, UTC) for scripts.
    func time(_ stored: String?) -> Value {
        guard let stored else { return .null }
        return .text(forPeople ? JapanTime.display(stored) : stored)
    }

    /// Output with a BOM is meant for a spreadsheet, so its formula-like cells are neutralised.
    var options: OutputOptions { OutputOptions(byteOrderMark: bom, neutralizeFormulas: bom) }
}
