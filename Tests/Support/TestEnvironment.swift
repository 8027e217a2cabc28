import Foundation
import HTTP
import Induction
import SQLite
import Templates
import Web

/// Factories for tests: a migrated, seeded database in a temporary folder, and the application on it.
public enum TestEnvironment {
    /// The repository's root folder, found from this file's path.
    public static let repositoryRoot: String = {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    }()

    /// A fixed "now": 25 November 2026, 10:00 UTC.
    public static let fixedTime = FixedTimeSource(Date(timeIntervalSince1970: 1_795_600_800))

    /// Every demo account's password (`SeedDemoAccounts`).
    public static let demoPassword = "induct-demo-2026"

    public static func makeDatabasePath() -> String {
        let folder = NSTemporaryDirectory() + "induct-test-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/induct.sqlite"
    }

    /// Migrated; `seeded` adds the demo appropriate body, schools and ECTs, and `accounts` (with
    /// `seeded`) the demo accounts of every role. The seeded database with accounts is made once per
    /// test process, because argon2id is slow on purpose, and each call gets its own copy.
    public static func makeDatabase(seeded: Bool = true, accounts: Bool = true) throws -> Database {
        let path = makeDatabasePath()
        if seeded && accounts {
            let template = try seededTemplate.get()
            // VACUUM INTO writes a consistent copy of the whole database, WAL included.
            try template.write { try $0.execute("VACUUM INTO '\(path)'") }
            let database = try Database(path: path, readerCount: 2)
            _ = try database.migrate(Schema.migrations)
            return database
        }
        let database = try Database(path: path, readerCount: 2)
        _ = try database.migrate(Schema.migrations)
        if seeded { try SeedDemoData(time: fixedTime).run(in: database) }
        return database
    }

    private static let seededTemplate: Result<Database, any Error> = Result {
        let database = try Database(path: makeDatabasePath(), readerCount: 1)
        _ = try database.migrate(Schema.migrations)
        try SeedDemoData(time: fixedTime).run(in: database)
        _ = try SeedDemoAccounts(time: fixedTime, password: demoPassword).run(in: database)
        return database
    }

    /// The real templates, strictly: a missing variable or partial fails the test.
    public static func makeTemplates() throws -> TemplateLibrary {
        try TemplateLibrary(directory: repositoryRoot + "/Templates", strict: true)
    }

    public static func makeStaticFiles() throws -> StaticFiles {
        try StaticFiles(root: repositoryRoot + "/Public")
    }

    public static func makeApplication(database: Database? = nil,
                                       configuration: ApplicationConfiguration = ApplicationConfiguration()) throws -> Application {
        Application(database: try database ?? makeDatabase(), templates: try makeTemplates(),
                    staticFiles: try makeStaticFiles(), time: fixedTime, configuration: configuration)
    }
}
