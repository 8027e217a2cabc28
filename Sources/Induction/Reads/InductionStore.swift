import Foundation
import SQLite

/// The database and clock as the web layer holds them: a domain value, so `Web` names no SQLite
/// type. Reads go through `reader`; every change is a verb type built on the store.
public struct InductionStore: Sendable {
    public let database: Database
    public let time: any TimeSource
    /// Where the service is reached, for the links in its emails ("https://induct.example.org"),
    /// without a trailing slash. The default is `induct serve`'s own address.
    public let baseURL: String

    public init(database: Database, time: any TimeSource, baseURL: String = "http://127.0.0.1:8080") {
        self.database = database
        self.time = time
        var base = baseURL.trimmingCharacters(in: .whitespacesAndNewlines)
        while base.hasSuffix("/") { base.removeLast() }
        self.baseURL = base
    }

    public var reader: InductionReader { InductionReader(database: database) }

    public var sessions: SessionStore { SessionStore(database: database, time: time) }

    /// The one shape of a change: its own write transaction, in which the change and its audit
    /// event commit together or not at all. The body gets the one timestamp both carry.
    func change<Result>(_ body: (Connection, String) throws -> Result) throws -> Result {
        let stamp = time.timestamp
        return try database.write { c in try c.transaction { try body(c, stamp) } }
    }
}
