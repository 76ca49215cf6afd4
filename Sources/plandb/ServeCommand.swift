import ArgumentParser
import Foundation
import PlanCore

/// `plandb serve` runs plandb-serve, the server built beside plandb: the command line itself
/// never links SwiftNIO, so that building and starting it stays quick.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: Message.helpServeAbstract.text())

    @OptionGroup var global: GlobalOptions
    @Option(name: .long, help: ArgumentHelp(Message.helpServeHost.text())) var host = "127.0.0.1"
    @Option(name: .long, help: ArgumentHelp(Message.helpServePort.text())) var port = 8080
    @Flag(name: .long, help: ArgumentHelp(Message.helpServeProxy.text()))
    var behindTLSProxy = false

    func run() throws {
        _ = try global.openDatabase(.write)  // a missing or outdated file is reported here, in the usual words
        let server = Self.serverPath()
        guard FileManager.default.isExecutableFile(atPath: server) else {
            throw PlanError(.serveMissing(server), advice: .serveMissingAdvice)
        }
        var arguments = [server, "--db", global.databasePath, "--host", host, "--port", String(port)]
        if behindTLSProxy { arguments.append("--behind-tls-proxy") }
        Console.flush()
        let cArguments = arguments.map { strdup($0) } + [nil]
        execv(server, cArguments)
        throw PlanError(.serveMissing(server), advice: .serveMissingAdvice)
    }

    /// plandb-serve in the folder of the running plandb.
    static func serverPath() -> String {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        return URL(fileURLWithPath: me).deletingLastPathComponent().appendingPathComponent("plandb-serve").path
    }
}
