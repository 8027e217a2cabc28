import Foundation
import SQLite

/// The appropriate body rejects a school's registration with a reason, which is emailed to the school.
/// A new teacher's record becomes rejected; a transfer's record stays as it was at the last school.
public struct RejectECTRegistration: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Throws `ECTRegistrationDecisionError` for a missing or long reason; false when not pending.
    public func reject(periodID: Int, reason: String, author: Author) throws -> Bool {
        let text = try RejectionReason.checked(reason, missing: ECTRegistrationDecisionError.reasonRequired, tooLong: ECTRegistrationDecisionError.reasonTooLong)
        return try store.change { c, stamp in
            guard let registration = try PendingECTRegistrations().find(periodID: periodID, c) else { return false }
            try c.run("UPDATE induction_periods SET status = 'rejected' WHERE id = ? AND status = 'pending'", [periodID])
            try c.run(
                """
                UPDATE ects SET rejection_reason = ?1,
                    registration_status = CASE WHEN registration_status = 'confirmed' THEN 'confirmed' ELSE 'rejected' END
                WHERE id = ?2
                """, [text, registration.ectID])
            try registration.recordDecision(.ectRegistrationRejected, showsTransfer: false, author: author, in: c, at: stamp)
            for email in try ECTRegistrationEmails.decision(registration, confirmed: false, reason: text, c) {
                try PersonNotice(kind: .registrationDecision, email: email, title: email.subject, link: "/schools/\(registration.schoolID)")
                    .deliver(in: c, at: stamp)
            }
            return true
        }
    }
}
