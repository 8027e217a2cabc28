import Foundation
import SQLite

/// The appropriate body rejects a school's registration with a reason, which is emailed to the school.
/// A new teacher's record becomes rejected; a transfer's record stays as it was at the last school.
public struct RejectECTRegistration: Sendable {
    let database: Database
    let time: any TimeSource

    public init(database: Database, time: any TimeSource) {
        self.database = database
        self.time = time
    }

    /// Throws `ECTRegistrationDecisionError` for a missing or long reason; false when not pending.
    public func reject(periodID: Int, reason: String, actorName: String, actorUserID: Int?, clientAddress: String) throws -> Bool {
        let text = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw ECTRegistrationDecisionError.reasonRequired }
        guard text.count <= ECTRegistrationDecisionError.reasonLimit else { throw ECTRegistrationDecisionError.reasonTooLong }
        return try database.write { c in
            try c.transaction {
                guard let registration = try PendingECTRegistrations().find(periodID: periodID, c) else { return false }
                let stamp = time.timestamp
                try c.run("UPDATE induction_periods SET status = 'rejected' WHERE id = ? AND status = 'pending'", [periodID])
                try c.run(
                    """
                    UPDATE ects SET rejection_reason = ?1,
                        registration_status = CASE WHEN registration_status = 'confirmed' THEN 'confirmed' ELSE 'rejected' END
                    WHERE id = ?2
                    """, [text, registration.ectID])
                try AuditEvent(actor: actorName, actorUserID: actorUserID, action: .ectRegistrationRejected,
                               recordType: "induction_period", recordID: periodID,
                               detail: "ECT record \(registration.ectID), school \(registration.schoolID)", clientAddress: clientAddress)
                    .record(in: c, at: stamp)
                for email in try ECTRegistrationEmails.decision(registration, confirmed: false, reason: text, c) {
                    try email.enqueue(in: c, at: stamp)
                }
                return true
            }
        }
    }
}
