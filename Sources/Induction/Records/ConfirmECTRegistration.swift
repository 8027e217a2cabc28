import Foundation
import SQLite

/// The appropriate body confirms a school's registration: the period is confirmed, the ECT's record
/// moves to that school, the school is emailed, and an ECT with an email address is invited to
/// Induct in the same transaction (unless they already have access).
public struct ConfirmECTRegistration: Sendable {
    let database: Database
    let time: any TimeSource
    let baseURL: String

    public init(database: Database, time: any TimeSource, baseURL: String) {
        self.database = database
        self.time = time
        self.baseURL = baseURL
    }

    /// False when there is no such pending registration (never made, or already decided).
    public func confirm(periodID: Int, actorName: String, actorUserID: Int?, clientAddress: String) throws -> Bool {
        try database.write { c in
            try c.transaction {
                guard let registration = try PendingECTRegistrations().find(periodID: periodID, c) else { return false }
                let stamp = time.timestamp
                try c.run("UPDATE induction_periods SET status = 'confirmed' WHERE id = ? AND status = 'pending'", [periodID])
                // A transfer keeps the start date of the induction's first period.
                try c.run(
                    """
                    UPDATE ects SET registration_status = 'confirmed', rejection_reason = '', school_id = ?2,
                        induction_start_date = (SELECT min(start_date) FROM induction_periods WHERE ect_id = ?1 AND status = 'confirmed')
                    WHERE id = ?1
                    """,
                    [registration.ectID, registration.schoolID])
                try RegisterECT.assignStaff(periodID: periodID, actorName: actorName, actorUserID: actorUserID,
                                            clientAddress: clientAddress, at: stamp, c)
                try AuditEvent(actor: actorName, actorUserID: actorUserID, action: .ectRegistrationConfirmed,
                               recordType: "induction_period", recordID: periodID,
                               detail: "ECT record \(registration.ectID), school \(registration.schoolID)"
                                   + (registration.isTransfer ? ", transfer" : ""),
                               clientAddress: clientAddress)
                    .record(in: c, at: stamp)
                for email in try ECTRegistrationEmails.decision(registration, confirmed: true, reason: "", c) {
                    try email.enqueue(in: c, at: stamp)
                }
                try inviteECT(registration, actorName: actorName, actorUserID: actorUserID, clientAddress: clientAddress, c)
                return true
            }
        }
    }

    /// Only when the school gave an email address and nobody holds this ECT's record yet.
    private func inviteECT(_ registration: PendingECTRegistration, actorName: String, actorUserID: Int?, clientAddress: String,
                           _ c: Connection) throws {
        guard !registration.email.isEmpty,
              try c.scalarInt("SELECT count(*) FROM role_grants WHERE ect_id = ?", [registration.ectID]) == 0 else { return }
        do {
            _ = try GrantRole(store: InductionStore(database: database, time: time), baseURL: baseURL)
                .grant(.ect, to: Invitee(name: registration.fullName, email: registration.email), schoolID: registration.schoolID,
                       ectID: registration.ectID, author: Author(userID: actorUserID, name: actorName, role: nil, clientAddress: clientAddress),
                       in: c, at: time.timestamp)
        } catch let error as RoleGrantError {
            // The confirmation stands; the AB can give access later. The savepoint undid the partial grant.
            try AuditEvent(actor: actorName, actorUserID: actorUserID, action: .ectRegistrationInvitationSkipped,
                           recordType: "ects", recordID: registration.ectID, detail: error.message, clientAddress: clientAddress)
                .record(in: c, at: time.timestamp)
        }
    }
}
