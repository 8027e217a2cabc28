import Foundation
import SQLite

/// Issue 7 item 9: the registering school withdraws its own registration while it still waits for the
/// appropriate body. The period stays, as `withdrawn` (history, never an open or overlapping
/// period), it leaves the AB's confirmation list, and the TRN can be registered again. A new
/// teacher's record is marked rejected with the reason "Withdrawn by the school"; a transfer's stays
/// as it was at the last school.
public struct WithdrawECTRegistration: Sendable {
    public static let reason = "Withdrawn by the school"

    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// False when there is no such pending registration at this school (never made, another school's, or decided).
    public func withdraw(periodID: Int, schoolID: Int, author: Author) throws -> Bool {
        try store.change { c, stamp in
            guard let registration = try PendingECTRegistrations().find(periodID: periodID, schoolID: schoolID, c) else { return false }
            try c.run("UPDATE induction_periods SET status = 'withdrawn' WHERE id = ? AND status = 'pending'", [periodID])
            try c.run(
                """
                UPDATE ects SET rejection_reason = CASE WHEN registration_status = 'confirmed' THEN rejection_reason ELSE ?1 END,
                    registration_status = CASE WHEN registration_status = 'confirmed' THEN 'confirmed' ELSE 'rejected' END
                WHERE id = ?2
                """, [Self.reason, registration.ectID])
            try registration.recordDecision(.ectRegistrationWithdrawn, author: author, in: c, at: stamp)
            return true
        }
    }
}
