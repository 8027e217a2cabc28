import Induction
import SQLite

/// `induct check`'s database checks; each returns its report line or throws what is wrong.
enum DatabaseCheck {
    static func integrity(_ connection: Connection) throws -> String {
        let rows = try connection.query("PRAGMA integrity_check").map { try $0.string("integrity_check") }
        guard rows == ["ok"] else { throw CheckFailure("PRAGMA integrity_check: " + rows.prefix(5).joined(separator: "; ")) }
        return "PRAGMA integrity_check ok"
    }

    /// The applied migrations must be the first of this version's, in order; any others are pending.
    static func migrations(_ connection: Connection, path: String) throws -> String {
        let known = Schema.migrations.map(\.name)
        let hasTable = try connection.queryOne("SELECT 1 AS present FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'") != nil
        let applied = hasTable ? try connection.query("SELECT name FROM schema_migrations ORDER BY rowid").map { try $0.string("name") } : []
        let unknown = applied.filter { !known.contains($0) }
        guard unknown.isEmpty else {
            throw CheckFailure("\(unknown.count) migration(s) this version does not know (\(unknown.joined(separator: ", "))): is the database from a newer Induct?")
        }
        guard Array(known.prefix(applied.count)) == applied else {
            throw CheckFailure("the applied migrations are not this version's first \(applied.count), in order")
        }
        let pending = known.dropFirst(applied.count)
        guard pending.isEmpty else {
            throw CheckFailure("\(pending.count) pending (\(pending.joined(separator: ", "))); run 'induct migrate --db \(path)'")
        }
        return "\(applied.count) applied, none pending"
    }
}
