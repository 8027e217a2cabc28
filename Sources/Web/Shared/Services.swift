import Induction

/// The domain services a controller may call, built once per application.
public struct Services: Sendable {
    public let store: InductionStore
    public let reader: InductionReader
    public let time: any TimeSource
    public let baseURL: String
    public let sessions: SessionStore
    public let grantRole: GrantRole
    /// Emails go out through a mail command, so the outbox masks one-time links (issue 7 item 21).
    public var mailIsDelivered = false

    public init(store: InductionStore, baseURL: String) {
        self.store = store
        reader = store.reader
        let database = store.database
        let time = store.time
        self.time = time
        self.baseURL = baseURL
        sessions = SessionStore(database: database, time: time)
        grantRole = GrantRole(store: store, baseURL: baseURL)
    }

    /// Writes an audit event in its own transaction (for denials, which change nothing else).
    public func audit(_ event: AuditEvent) {
        try? AuditLog().record(event, database: store.database, time: time)
    }
}
