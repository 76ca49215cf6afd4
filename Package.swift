// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "plandb",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "plandb", targets: ["plandb"]),
        // The web server is its own program, so that building the command line does not build
        // SwiftNIO; `plandb serve` runs the plandb-serve that sits beside it.
        .executable(name: "plandb-serve", targets: ["plandb-serve"]),
        .library(name: "PlanCore", targets: ["PlanCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        // Only FullFoundation: ConfigurationSupport would build swift-configuration, unused here.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: ["FullFoundation"]),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        // Already built for Hummingbird; named here so that plandb serve can add a service of its own.
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        // Debian's libsqlite3-dev: the system SQLite, through a one-line shim header.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]
        ),
        .target(name: "SQLiteDB", dependencies: ["CSQLite"]),
        // Debian's libxlsxwriter-dev: writes the entry workbook (.xlsx).
        .systemLibrary(
            name: "CXLSXWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"]), .brew(["libxlsxwriter"])]
        ),
        // Writes Migrations/, Seeds/ and Queries/ into a Swift file, so the binary needs no files beside it.
        .executableTarget(name: "Embedder"),
        .plugin(name: "EmbedPlanFiles", capability: .buildTool(), dependencies: ["Embedder"]),
        .target(
            name: "PlanCore",
            dependencies: [
                "SQLiteDB",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                "CXLSXWriter",
                // Reads the entry workbook's zip container.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // bcrypt in C alone: it brings no Hummingbird or NIO into the command line.
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            plugins: ["EmbedPlanFiles"]
        ),
        // plandb serve: routes and pages over PlanCore, no SQL and no rules in them.
        .target(
            name: "PlanServer",
            dependencies: [
                "PlanCore",
                "SQLiteDB",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "plandb-serve",
            dependencies: [
                "PlanServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "plandb",
            dependencies: [
                "PlanCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Temporary folders, the built plandb binary and other helpers shared by the test targets.
        .target(
            name: "TestSupport",
            dependencies: ["SQLiteDB", "PlanCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport"),
        .testTarget(name: "SQLiteDBTests", dependencies: ["SQLiteDB", "TestSupport"]),
        .testTarget(name: "PlanCoreTests", dependencies: ["PlanCore", "SQLiteDB", "TestSupport"]),
        .testTarget(name: "plandbTests", dependencies: ["plandb", "PlanCore", "SQLiteDB", "TestSupport"]),
        .testTarget(
            name: "PlanServerTests",
            dependencies: [
                "PlanServer", "PlanCore", "SQLiteDB", "TestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ]
)
