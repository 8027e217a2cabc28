/// The version `InductionReader`'s cached reads are kept under (Migration028): a count every insert,
/// update and delete on the records moves, and bookkeeping does not. A cached read must not read
/// a bookkeeping table.
enum ChangeCounter {
    static let query = "SELECT n FROM data_changes WHERE id = 1"

    /// Written by page views, sign-ins and mail delivery; read by no cached read.
    static let bookkeeping: Set<String> = ["sessions", "sign_in_throttles", "report_views", "audit_events", "outbox_messages"]

    /// The three triggers a counted table carries; a migration that adds or rebuilds a table adds them.
    static func triggers(on table: String) -> String {
        ["insert", "update", "delete"].map { event in
            "CREATE TRIGGER \(table)_counts_\(event) AFTER \(event.uppercased()) ON \(table) BEGIN UPDATE data_changes SET n = n + 1 WHERE id = 1; END;"
        }.joined(separator: "\n")
    }
}
