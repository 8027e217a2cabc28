import Foundation
import SQLite

/// Issue 7 item 9: the registering school withdraws its own registration while it still waits for the
/// appropriate body. The period stays, as `withdrawn` (history, never an open or overlapping
/// period), it leaves the AB's confirmation list, and the TRN can be registered again. A new
/// teacher's record is marked rejected with the reason "Withdrawn by the school"; a transfer's stays
/// as it was at the last school.
public struct WithdrawECTRegistration: Sendable {
    public static let reason = "Withdrawn by the school"

    let database: Database
    let time: any TimeSource

    public init(database: Database, time: any TimeSource) {
        self.database = database
        self.time = time
    }

    /// The pending registration `periodID` at `schoolID`, or nil: another school's is nil.
    public func pending(periodID: Int, schoolID: Int, _ c: Connection) throws -> PendingECTRegistration? {
        try PendingECTRegistrations().find(periodID: periodID, c).flatMap { $0.schoolID == schoolID ? $0 : nil }
    }

    /// False when there is no such pending registration at this school (never made, another school's, or decided).
    public func withdraw(periodID: Int, schoolID: Int, actorName: String, actorUserID: Int?, clientAddress: String) throws -> Bool {
        try database.write { c in
            try c.transaction {
                guard let registration = try pending(periodID: periodID, schoolID: schoolID, c) else { return false }
                let stamp = time.timestamp
                try c.run("UPDATE induction_periods SET status = 'withdrawn' WHERE id = ? AND status = 'pending'", [periodID])
                try c.run(
                    """
                    UPDATE ects SET rejection_reason = CASE WHEN registration_status = 'confirmed' THEN rejection_reason ELSE ?1 END,
                        registration_status = CASE WHEN registration_status = 'confirmed' THEN 'confirmed' ELSE 'rejected' END
                    WHERE id = ?2
                    """, [Self.reason, registration.ectID])
                try AuditEvent(actor: actorName, actorUserID: actorUserID, action: .ectRegistrationWithdrawn,
                               recordType: "induction_period", recordID: periodID,
                               detail: "ECT record \(registration.ectID), school \(schoolID)"
                                   + (registration.isTransfer ? ", transfer" : ""),
                               clientAddress: clientAddress)
                    .record(in: c, at: stamp)
                return true
            }
        }
    }
}
