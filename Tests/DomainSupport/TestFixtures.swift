import Foundation
import Induction
import SQLite

/// Factories for domain tests: the fixed clock, and migrated (optionally seeded) databases in their
/// own temporary folders. The web part (`TestEnvironment`) forwards to these.
public enum TestFixtures {
    /// 25 November 2026, 10:00 UTC: "now" in every test.
    public static let fixedDate = Date(timeIntervalSince1970: 1_795_600_800)

    public static let fixedTime = FixedTimeSource(fixedDate)

    /// Every demo account's password (`SeedDemoAccounts`).
    public static let demoPassword = "induct-demo-2026"

    /// A new, empty folder of its own under the system's temporary folder.
    public static func makeDirectory() -> String {
        let folder = NSTemporaryDirectory() + "induct-test-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }

    public static func makeDatabasePath(in folder: String = makeDirectory()) -> String {
        folder + "/induct.sqlite"
    }

    /// Migrated; `seeded` adds the demo appropriate body, schools and ECTs (at the fixed time), and
    /// `accounts` (with `seeded`) the demo accounts of every role. The seeded database with accounts
    /// is made once per test process, because argon2id is slow on purpose, and each call gets its own copy.
    public static func makeDatabase(seeded: Bool = true, accounts: Bool = true,
                                    path: String = makeDatabasePath()) throws -> Database {
        if seeded && accounts {
            let template = try seededTemplate.get()
            // VACUUM INTO writes a consistent copy of the whole database, WAL included.
            try template.write { try $0.execute("VACUUM INTO '\(path)'") }
            let database = try Database(path: path, readerCount: 2)
            _ = try database.migrate(Schema.migrations)
            return database
        }
        let database = try makeDatabase(migrations: Schema.migrations, path: path)
        if seeded { try SeedDemoData(store: makeStore(database)).seed(author: .system("induct demo")) }
        return database
    }

    /// Only `migrations` applied and nothing seeded: for tests of a migration itself.
    public static func makeDatabase(migrations: [Migration], path: String = makeDatabasePath()) throws -> Database {
        let database = try Database(path: path, readerCount: 2)
        _ = try database.migrate(migrations)
        return database
    }

    private static let seededTemplate: Result<Database, any Error> = Result {
        let database = try makeDatabase(seeded: true, accounts: false)
        _ = try SeedDemoAccounts(store: makeStore(database)).seed(password: demoPassword, author: .system("induct demo"))
        return database
    }
}
