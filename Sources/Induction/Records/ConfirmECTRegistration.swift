import Foundation
import SQLite

/// The appropriate body confirms a school's registration: the period is confirmed, the ECT's record
/// moves to that school, the school is emailed, and an ECT with an email address is invited to
/// Induct in the same transaction (unless they already have access).
public struct ConfirmECTRegistration: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// False when there is no such pending registration (never made, or already decided).
    public func confirm(periodID: Int, author: Author) throws -> Bool {
        try store.change { c, stamp in
            guard let registration = try PendingECTRegistrations().find(periodID: periodID, c) else { return false }
            try c.run("UPDATE induction_periods SET status = 'confirmed' WHERE id = ? AND status = 'pending'", [periodID])
            // A transfer keeps the start date of the induction's first period.
            try c.run(
                """
                UPDATE ects SET registration_status = 'confirmed', rejection_reason = '', school_id = ?2,
                    induction_start_date = (SELECT min(start_date) FROM induction_periods WHERE ect_id = ?1 AND status = 'confirmed')
                WHERE id = ?1
                """,
                [registration.ectID, registration.schoolID])
            try RegisterECT.assignStaff(periodID: periodID, author: author, at: stamp, c)
            try registration.recordDecision(.ectRegistrationConfirmed, author: author, in: c, at: stamp)
            for email in try ECTRegistrationEmails.decision(registration, confirmed: true, reason: "", c) {
                try PersonNotice(kind: .registrationDecision, email: email, title: email.subject, link: "/schools/\(registration.schoolID)")
                    .deliver(in: c, at: stamp)
            }
            try inviteECT(registration, author: author, in: c, at: stamp)
            return true
        }
    }

    /// Only when the school gave an email address and nobody holds this ECT's record yet.
    private func inviteECT(_ registration: PendingECTRegistration, author: Author, in c: Connection, at stamp: String) throws {
        guard !registration.email.isEmpty,
              try c.scalarInt("SELECT count(*) FROM role_grants WHERE ect_id = ?", [registration.ectID]) == 0 else { return }
        do {
            _ = try GrantRole(store: store)
                .grant(.ect, to: Invitee(name: registration.fullName, email: registration.email), schoolID: registration.schoolID,
                       ectID: registration.ectID, author: author, in: c, at: stamp)
        } catch let error as RoleGrantError {
            // The confirmation stands; the AB can give access later. The savepoint undid the partial grant.
            try AuditEvent(author: author, action: .ectRegistrationInvitationSkipped, recordType: "ects", recordID: registration.ectID,
                           detail: error.message)
                .record(in: c, at: stamp)
        }
    }
}
