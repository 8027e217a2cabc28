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

    /// The store's links point at `baseURL`, where this application is served.
    public init(store: InductionStore, baseURL: String) {
        let store = InductionStore(database: store.database, time: store.time, baseURL: baseURL)
        self.store = store
        reader = store.reader
        time = store.time
        self.baseURL = store.baseURL
        sessions = store.sessions
        grantRole = GrantRole(store: store)
    }

    /// Writes an audit event in its own transaction (for denials, which change nothing else).
    public func audit(_ event: AuditEvent) {
        try? RecordRefusal(store: store).record(event)
    }
}
