import ArgumentParser
import PlanCore

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

    /// Output with a BOM is meant for a spreadsheet, so its formula-like cells are neutralised.
    var options: OutputOptions { OutputOptions(byteOrderMark: bom, neutralizeFormulas: bom) }
}
