/// The recorded history and the migrations in the code disagree, or a migration broke a rule.
public enum MigrationError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Two migrations in the given list share a name.
    case duplicateName(String)
    /// The database records a migration at `position` that the code no longer has there
    /// (removed, renamed or reordered). `expected` is nil when the code's list is shorter.
    case historyMismatch(position: Int, recorded: String, expected: String?)
    /// The SQL of an applied migration has changed since it ran.
    case edited(String)
    /// After the migration ran, `PRAGMA foreign_key_check` found rows violating a foreign key.
    case foreignKeyViolation(migration: String, table: String)

    public var description: String {
        switch self {
        case .duplicateName(let name):
            "two migrations are named \"\(name)\""
        case .historyMismatch(let position, let recorded, let expected):
            "applied migration #\(position + 1) \"\(recorded)\" is "
                + (expected.map { "now \"\($0)\"" } ?? "missing")
                + "; migrations are append-only"
        case .edited(let name):
            "applied migration \"\(name)\" has been edited; add a new migration instead"
        case .foreignKeyViolation(let migration, let table):
            "migration \"\(migration)\" leaves foreign key violations in table \(table)"
        }
    }
}
