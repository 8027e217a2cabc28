// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Induct",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "induct", targets: ["induct"]),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CSodium", path: "Sources/CSodium", providers: [.apt(["libsodium-dev"])]),
        .target(name: "CEpoll", path: "Sources/CEpoll"),
        .target(name: "HTTP", dependencies: ["CEpoll"]),
        .target(name: "SQLite", dependencies: ["CSQLite"]),
        .target(name: "Templates"),
        .target(name: "Security", dependencies: ["CSodium"]),
        .target(name: "Induction", dependencies: ["SQLite", "Security"], exclude: ["Calendar/Data", "Reports/Data"]),
        .target(name: "Sendmail", dependencies: ["Induction"]),
        .target(name: "Web", dependencies: ["HTTP", "Templates", "Induction", "Security"]),
        .executableTarget(name: "induct", dependencies: ["Web", "Induction", "Sendmail", "SQLite", "HTTP", "Templates"]),
        .testTarget(name: "HTTPTests", dependencies: ["HTTP"]),
        .testTarget(name: "SQLiteTests", dependencies: ["SQLite"]),
        .testTarget(name: "TemplatesTests", dependencies: ["Templates"]),
        .testTarget(name: "SecurityTests", dependencies: ["Security"]),
        .target(name: "InductDomainTestSupport", dependencies: ["Induction", "SQLite", "Security"], path: "Tests/DomainSupport"),
        .testTarget(name: "InductionTests", dependencies: ["InductDomainTestSupport", "Induction", "Sendmail", "SQLite", "Security"]),
        .target(name: "InductTestSupport", dependencies: ["InductDomainTestSupport", "Web", "HTTP", "Induction", "SQLite", "Templates"],
                path: "Tests/Support"),
        .testTarget(name: "WebTests", dependencies: ["InductTestSupport", "InductDomainTestSupport", "Web", "HTTP", "Induction", "SQLite", "Templates"]),
        .testTarget(name: "BrowserTests", dependencies: ["InductTestSupport", "InductDomainTestSupport", "Web", "HTTP", "Induction", "SQLite"]),
    ],
    swiftLanguageModes: [.v6]
)
