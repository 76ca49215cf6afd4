import ArgumentParser
import PlanCore

extension OutputFormat: ExpressibleByArgument {}

/// `--format` for every command that prints rows.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, csv, tsv, json, ndjson or markdown.")
    var format: OutputFormat = .table

    @Flag(name: .long, help: "Start csv/tsv output with a UTF-8 byte order mark (for Excel).")
    var bom = false

    var options: OutputOptions { OutputOptions(byteOrderMark: bom) }
}
