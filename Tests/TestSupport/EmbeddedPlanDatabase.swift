import Foundation
import PlanCore

/// A database in a temporary folder holding the embedded 香取市 plan, the way `plandb init` leaves it.
public func embeddedPlanDatabase(in folder: TemporaryFolder, name: String = "plan.db") throws -> String {
    let path = folder.path(name)
    _ = try Maintenance.initialize(path: path, seeds: .embedded)
    return path
}

/// Converts UTF-8 text to CP932 bytes with the system's iconv, as Excel's 「CSV (コンマ区切り)」 saves.
public func cp932(_ text: String) throws -> Data {
    let result = try runProcess(URL(fileURLWithPath: "/usr/bin/iconv"), ["-f", "UTF-8", "-t", "CP932"], input: Data(text.utf8))
    precondition(result.status == 0, "iconv failed: \(result.stderr)")
    return result.stdoutData
}
