import Foundation
import HTTP
import InductDomainTestSupport
import Induction
import SQLite
import Templates
import Web

/// Factories for web tests: the application on a database from `TestFixtures`, with the real templates.
public enum TestEnvironment {
    /// The repository's root folder, found from this file's path.
    public static let repositoryRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }()

    // The clock and databases come from the domain part, so domain and web tests share them.
    public static var fixedTime: FixedTimeSource { TestFixtures.fixedTime }
    public static var demoPassword: String { TestFixtures.demoPassword }

    public static func makeDatabasePath() -> String {
        TestFixtures.makeDatabasePath()
    }

    /// See `TestFixtures.makeDatabase(seeded:accounts:path:)`.
    public static func makeDatabase(seeded: Bool = true, accounts: Bool = true) throws -> Database {
        try TestFixtures.makeDatabase(seeded: seeded, accounts: accounts)
    }

    /// The real templates, strictly: a missing variable or partial fails the test.
    public static func makeTemplates() throws -> TemplateLibrary {
        try TemplateLibrary(directory: repositoryRoot + "/Templates", strict: true)
    }

    public static func makeStaticFiles() throws -> StaticFiles {
        try StaticFiles(root: repositoryRoot + "/Public")
    }

    public static func makeApplication(database: Database? = nil, time: any TimeSource = fixedTime,
                                       configuration: ApplicationConfiguration = ApplicationConfiguration()) throws -> Application {
        Application(store: InductionStore(database: try database ?? makeDatabase(), time: time), templates: try makeTemplates(),
                    staticFiles: try makeStaticFiles(), configuration: configuration)
    }
}
