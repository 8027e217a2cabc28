/// Applies append-only named migrations, recording each in `schema_migrations`.
public enum Migrator {
    /// Applies the migrations not yet recorded, in order, all in one transaction, and returns
    /// their names. If any of them fails none is kept, so an upgrade that fails leaves the database
    /// as the previous release left it and that release still starts on it. Throws `MigrationError` if the recorded history is not a prefix of `migrations`
    /// or an applied migration's SQL has changed.
    ///
    /// Foreign keys are switched off while migrating so that a table can be rebuilt (SQLite's
    /// "12-step" ALTER procedure) without cascading deletes; each migration is then checked with
    /// `PRAGMA foreign_key_check` before its commit. Call it outside any transaction.
    @discardableResult
    public static func migrate(_ connection: Connection, _ migrations: [Migration]) throws -> [String] {
        var seen = Set<String>()
        for migration in migrations where !seen.insert(migration.name).inserted {
            throw MigrationError.duplicateName(migration.name)
        }
        try connection.execute("""
            CREATE TABLE IF NOT EXISTS schema_migrations (
                name TEXT PRIMARY KEY NOT NULL,
                applied_at TEXT NOT NULL,
                checksum TEXT NOT NULL
            )
            """)
        let recorded = try connection.query("SELECT name, checksum FROM schema_migrations ORDER BY rowid")
        for (position, row) in recorded.enumerated() {
            let name = try row.string("name")
            guard position < migrations.count, migrations[position].name == name else {
                let expected = position < migrations.count ? migrations[position].name : nil
                throw MigrationError.historyMismatch(position: position, recorded: name, expected: expected)
            }
            guard try row.string("checksum") == migrations[position].checksum else {
                throw MigrationError.edited(name)
            }
        }
        let pending = migrations.dropFirst(recorded.count)
        guard !pending.isEmpty else { return [] }

        try connection.execute("PRAGMA foreign_keys = OFF")
        defer { try? connection.execute("PRAGMA foreign_keys = ON") }
        return try connection.transaction {
            for migration in pending {
                try connection.execute(migration.sql)
                if let violation = try connection.queryOne("PRAGMA foreign_key_check") {
                    throw MigrationError.foreignKeyViolation(
                        migration: migration.name, table: try violation.string("table"))
                }
                try connection.run(
                    "INSERT INTO schema_migrations (name, applied_at, checksum) "
                        + "VALUES (?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?)",
                    [migration.name, migration.checksum])
            }
            return pending.map(\.name)
        }
    }
}
