import ArgumentParser
import Foundation
import PlanCore
import SQLiteDB

/// DESIGN.md puts the global options first (`plandb --db PATH --plan CODE init`);
/// swift-argument-parser reads options after the subcommand. A leading `--db PATH` or
/// `--plan CODE` is therefore taken here and passed on as PLANDB_DB or PLANDB_PLAN, which every
/// command already honours (an explicit option after the subcommand still wins).
func takeLeadingDatabaseOption(_ arguments: [String]) -> [String] {
    var rest = arguments[...]
    scan: while let first = rest.first {
        for (option, variable) in [("--db", "PLANDB_DB"), ("--plan", "PLANDB_PLAN")] {
            if first == option, rest.count >= 2 {
                setenv(variable, rest[rest.startIndex + 1], 1)
                rest = rest.dropFirst(2)
                continue scan
            }
            if first.hasPrefix(option + "=") {
                setenv(variable, String(first.dropFirst(option.count + 1)), 1)
                rest = rest.dropFirst()
                continue scan
            }
        }
        break
    }
    return expandParameterPairs(Array(rest))
}

/// `-p NAME VALUE` (two values, as DESIGN.md writes it) becomes `--param NAME=VALUE`, which
/// swift-argument-parser reads as one option value.
func expandParameterPairs(_ arguments: [String]) -> [String] {
    var result: [String] = []
    var index = 0
    while index < arguments.count {
        let argument = arguments[index]
        if argument == "--" {
            result += arguments[index...]
            break
        }
        if argument == "-p", index + 2 < arguments.count {
            result.append("--param=\(arguments[index + 1])=\(arguments[index + 2])")
            index += 3
            continue
        }
        result.append(argument)
        index += 1
    }
    return result
}

// Runs the command; every failure ends as `error: …` on standard error and a non-zero exit.
do {
    var command = try PlanDB.parseAsRoot(takeLeadingDatabaseOption(Array(CommandLine.arguments.dropFirst())))
    try command.run()
    Console.flush()
} catch let error as PlanError {
    Console.err(Console.describe(error))
    exit(1)
} catch let error as SQLiteError {
    Console.err(Console.describe(error))
    exit(1)
} catch {
    let code = PlanDB.exitCode(for: error)
    var message = PlanDB.fullMessage(for: error)
    if code == .success {
        Console.flush()
        if !message.isEmpty { print(message) }
        exit(0)
    }
    Console.flush()
    if message.hasPrefix("Error: ") { message = "error: " + message.dropFirst("Error: ".count) }
    if !message.isEmpty { Console.err(message) }
    exit(code.rawValue)
}
