import SQLite

/// The database as the web layer holds it: a domain value, so `Web` names no SQLite type. Reads
/// go through `reader`; writes through the domain services built on `database`.
public struct InductionStore: Sendable {
    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    public var reader: InductionReader { InductionReader(database: database) }
}
