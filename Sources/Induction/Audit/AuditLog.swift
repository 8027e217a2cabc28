import Foundation
import SQLite

/// Reads the append-only audit trail, newest first (each change writes its own event; refusals go
/// through `RecordRefusal`).
public struct AuditLog: Sendable {
    public init() {}

    public func entries(_ filter: AuditFilter, _ c: Connection) throws -> [AuditEvent] {
        let (clause, bindings) = Self.whereClause(filter)
        let limit = min(max(filter.limit, 1), AuditFilter.maximumLimit)
        return try c.query("SELECT * FROM audit_events\(clause) ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?",
                           bindings + [limit, max(filter.offset, 0)]).map(AuditEvent.init(row:))
    }

    public func count(_ filter: AuditFilter, _ c: Connection) throws -> Int {
        let (clause, bindings) = Self.whereClause(filter)
        return try c.scalarInt("SELECT count(*) FROM audit_events\(clause)", bindings) ?? 0
    }

    static func whereClause(_ filter: AuditFilter) -> (String, [any SQLBindable]) {
        var conditions: [String] = []
        var bindings: [any SQLBindable] = []
        if let action = AuditFilter.present(filter.action) {
            conditions.append("action LIKE ? ESCAPE '\\'")
            bindings.append(likeEscaped(action) + "%")
        }
        if let actor = AuditFilter.present(filter.actor) {
            conditions.append("actor LIKE ? ESCAPE '\\'")
            bindings.append("%" + likeEscaped(actor) + "%")
        }
        if let from = AuditFilter.present(filter.from) {
            conditions.append("occurred_at >= ?")
            bindings.append(CalendarDate(iso: from)?.iso ?? "9999-99-99")
        }
        if let to = AuditFilter.present(filter.to) {
            // Every timestamp on the day sorts before the next day's date.
            conditions.append("occurred_at < date(?, '+1 day')")
            bindings.append(CalendarDate(iso: to)?.iso ?? "0000-00-00")
        }
        if let recordType = AuditFilter.present(filter.recordType) {
            conditions.append("record_type = ?")
            bindings.append(recordType)
        }
        if let recordID = filter.recordID {
            conditions.append("record_id = ?")
            bindings.append(recordID)
        }
        return (conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND "), bindings)
    }

    /// LIKE treats % and _ as wildcards; a person's filter means them literally.
    static func likeEscaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%")
            .replacingOccurrences(of: "_", with: "\\_")
    }
}
