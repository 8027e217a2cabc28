import Foundation
import SQLite

/// Proves that a change writes its audit event inside the change's own transaction: while the audit
/// trail refuses every insert, the change must fail and leave every other table exactly as it was.
/// A change that committed first and audited after would leave its rows behind.
public struct AuditTransactionProbe {
    public let database: Database

    public init(_ database: Database) {
        self.database = database
    }

    /// Runs `change` with the audit trail refusing inserts. Returns the error it threw (nil when it
    /// did not throw) and whether any table other than the audit trail changed.
    public func run(_ change: () throws -> Void) throws -> (error: (any Error)?, changedTables: [String]) {
        let before = try contents()
        try database.write {
            try $0.execute("CREATE TRIGGER probe_refuses_audit BEFORE INSERT ON audit_events BEGIN SELECT RAISE(ABORT, 'audit refused by the probe'); END")
        }
        defer { try? database.write { try $0.execute("DROP TRIGGER probe_refuses_audit") } }
        var thrown: (any Error)?
        do { try change() } catch { thrown = error }
        let after = try contents()
        return (thrown, before.keys.sorted().filter { before[$0] != after[$0] })
    }

    /// Runs `change` with the audit trail open, for the other half of the proof: the tables it
    /// changed (it must change some, or a refused audit undoing nothing proves nothing).
    public func changes(_ change: () throws -> Void) throws -> [String] {
        let before = try contents()
        try change()
        let after = try contents()
        return before.keys.sorted().filter { before[$0] != after[$0] }
    }

    /// Every table's rows as text, by table name. Left out: the audit trail, SQLite's own tables, and
    /// what triggers keep in step with the rest (the change counter, Migration028, and the name
    /// search's full-text indexes, Migration029), which move with any table they follow.
    func contents() throws -> [String: String] {
        try database.read { c in
            let tables = try c.query("""
                SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'audit_events'
                  AND name <> 'data_changes' AND name NOT GLOB '*_name_search' AND name NOT GLOB '*_name_search_*'
                """).map { try $0.string("name") }
            var result: [String: String] = [:]
            for table in tables {
                let columns = try c.query("SELECT name FROM pragma_table_info(?)", [table]).map { "quote(\"\(try $0.string("name"))\")" }
                let row = columns.joined(separator: " || ',' || ")
                // Ordered by the row's own text: a WITHOUT ROWID table has no rowid to order by.
                result[table] = try c.queryOne("""
                    SELECT ifnull(group_concat(line, '|'), '') AS text FROM (SELECT \(row) AS line FROM "\(table)" ORDER BY line)
                    """)?.string("text")
            }
            return result
        }
    }
}
