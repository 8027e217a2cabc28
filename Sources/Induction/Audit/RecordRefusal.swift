/// A refusal that changes nothing else (a permission denial, a rejected CSRF token, a form sent
/// back): its audit event is the whole change, in a transaction of its own.
public struct RecordRefusal: Sendable {
    let store: InductionStore

    public init(store: InductionStore) {
        self.store = store
    }

    /// The event names its author (`AuditEvent(author:...)`).
    public func record(_ event: AuditEvent) throws {
        try store.change { c, stamp in try event.record(in: c, at: stamp) }
    }
}
