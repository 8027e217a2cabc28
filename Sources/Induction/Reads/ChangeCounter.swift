/// The version `InductionReader`'s cached reads are kept under (Migration028): a count every insert,
/// update and delete on the records moves, and bookkeeping does not. A cached read must not read
/// a bookkeeping table; a migration that adds or rebuilds a table adds `Migration028.triggers(on:)`.
enum ChangeCounter {
    static let query = "SELECT n FROM data_changes WHERE id = 1"

    /// Written by page views, sign-ins and mail delivery; read by no cached read.
    static let bookkeeping: Set<String> = ["sessions", "sign_in_throttles", "report_views", "audit_events", "outbox_messages"]
}
