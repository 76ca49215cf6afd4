import ArgumentParser
import PlanCore

extension OutputFormat: ExpressibleByArgument {}

/// `--format` for every command that prints rows.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, tsv, json, ndjson or markdown.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Start csv/tsv output with a UTF-8 byte order mark and neutralise formula cells (for Excel).")
    var bom = false

    /// Output with a BOM is meant for a spreadsheet, so its formula-like cells are neutralised.
    var options: OutputOptions { OutputOptions(byteOrderMark: bom, neutralizeFormulas: bom) }
}
