import ArgumentParser
import Foundation
import PlanCore
import PlanServer

/// plandb-serve: what `plandb serve` runs (see ServeCommand). It can be run by itself too.
@main
struct PlanDBServe: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plandb-serve",
        abstract: "Serve a plandb database to browsers and programs (`plandb serve` runs this).")

    @Option(name: .long, help: "The plan database file.") var db: String
    @Option(name: .long, help: "The address to listen on.") var host = "127.0.0.1"
    @Option(name: .long, help: "The port to listen on.") var port = 8080
    @Flag(name: .long, help: "A TLS proxy serves HTTPS in front: the session cookie becomes Secure.") var behindTLSProxy = false
    @Option(name: .long, help: ArgumentHelp("Record N actuals through the server's write path without HTTP, print the rate and exit (for BENCHMARKS.md).", valueName: "N"))
    var measureRecording: Int?

    func run() async throws {
        let options = ServerOptions(databasePath: db, host: host, port: port, behindTLSProxy: behindTLSProxy)
        do {
            if let count = measureRecording {
                print(try await PlanServer.measureRecording(options, count: count))
                return
            }
            try PlanServer.describe(options).forEach { print($0.text()) }
            try await PlanServer.run(options)
        } catch let error as PlanError {
            FileHandle.standardError.write(Data(("error: " + error.description + "\n").utf8))
            throw ExitCode.failure
        }
    }
}
