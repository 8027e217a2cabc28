import Foundation
import SQLite

/// The appropriate body records the ECT's written representations on the recommendation, due
/// 10 working days after the AB received it (domain.md "Decisions and clocks").
public struct RecordRepresentations: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    @discardableResult
    public func record(receivedOn: CalendarDate, summary: String, ectID: Int, author: Author) throws -> Int {
        let summary = summary.trimmingCharacters(in: .whitespacesAndNewlines)
        return try store.change { c, stamp in
            guard try c.scalarInt("SELECT count(*) FROM ects WHERE id = ?", [ectID]) ?? 0 > 0 else { throw DecisionRefusal.noSuchECT }
            guard let final = try FinalAssessment.latest(ectID: ectID, c), final.state == .submitted || final.state == .accepted else {
                throw DecisionRefusal.noRecommendationYet
            }
            guard !summary.isEmpty else { throw DecisionRefusal.summaryNeeded }
            guard summary.count <= DecisionRefusal.summaryLimit else { throw DecisionRefusal.summaryTooLong }
            guard receivedOn <= store.time.today else { throw DecisionRefusal.dateInTheFuture }
            // A double-click or a retry after a timeout records the same representations once.
            if let same = try c.scalarInt("SELECT id FROM ect_representations WHERE ect_id = ? AND received_on = ? AND summary = ?",
                                          [ectID, receivedOn.iso, summary]) { return same }
            try c.run("""
                INSERT INTO ect_representations (ect_id, received_on, summary, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)
                """, [ectID, receivedOn.iso, summary, author.userID, stamp])
            let id = Int(c.lastInsertRowID)
            let due = StatutoryClocks().representationsDue(recommendationReceivedOn: final.recommendationReceivedOn)
            try AuditEvent(author: author, action: .inductionRepresentationsRecorded, recordType: "ect", recordID: ectID,
                           detail: "Received on \(receivedOn.ukLong)" + (receivedOn > due ? ", after \(due.ukLong)" : ""))
                .record(in: c, at: stamp)
            return id
        }
    }
}
