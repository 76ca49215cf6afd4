import Foundation

/// What a finished process printed, and how it exited.
public struct CommandResult: Sendable {
    public let status: Int32
    public let stdoutData: Data
    public let stderr: String

    public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
}

/// Runs the plandb binary built beside the test bundle, the way a user would.
public enum PlanDBBinary {
    /// The test runner lives in the products folder (…/debug/plandbPackageTests.xctest), and so
    /// does the plandb executable.
    public static var url: URL {
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var folder = runner.deletingLastPathComponent()
        while !folder.path.isEmpty, folder.path != "/" {
            let candidate = folder.appending(path: "plandb")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return runner.deletingLastPathComponent().appending(path: "plandb")
    }

    /// Runs `plandb ARGUMENTS` in `folder` with the given standard input and extra environment.
    public static func run(
        _ arguments: [String], in folder: URL? = nil, input: Data? = nil, environment: [String: String] = [:]
    ) throws -> CommandResult {
        try runProcess(url, arguments, in: folder, input: input, environment: environment)
    }
}

/// Runs any executable to completion, capturing both streams.
public func runProcess(
    _ executable: URL, _ arguments: [String], in folder: URL? = nil, input: Data? = nil, environment: [String: String] = [:]
) throws -> CommandResult {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = folder }
    var env = ProcessInfo.processInfo.environment
    env.removeValue(forKey: "PLANDB_DB")
    // English unless a test asks for Japanese: the machine's own locale must not decide what a test expects.
    env["PLANDB_LANG"] = "en"
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    let stdin = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(input) }
    try stdin.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a large output cannot block the child.
    let errData = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errData.data = err.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus,
        stdoutData: outData,
        stderr: String(decoding: errData.data, as: UTF8.self))
}

private final class DataBox: @unchecked Sendable {
    var data = Data()
}
