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

    public static func makeDatabasePath() -> String {
        let folder = NSTemporaryDirectory() + "induct-test-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder + "/induct.sqlite"
    }

    public static func makeDatabase(seeded: Bool = true) throws -> Database {
        let database = try Database(path: makeDatabasePath(), readerCount: 2)
        _ = try database.migrate(Schema.migrations)
        if seeded { try SeedDemoData(time: fixedTime).run(in: database) }
        return database
    }

    /// The real templates, strictly: a missing variable or partial fails the test.
    public static func makeTemplates() throws -> TemplateLibrary {
        try TemplateLibrary(directory: repositoryRoot + "/Templates", strict: true)
    }

    public static func makeApplication(database: Database? = nil) throws -> Application {
        Application(database: try database ?? makeDatabase(), templates: try makeTemplates(),
                    staticFiles: try StaticFiles(root: repositoryRoot + "/Public"), time: fixedTime)
    }
}
