import Foundation
import Induction

extension DemoRecords {
    /// A new person with a mentor role at the school with `urn` (an invitation, as the school would
    /// send it); returns the grant's id.
    public func makeMentorGrant(urn: String, email: String, time: any TimeSource) throws -> Int {
        try GrantRole(store: InductionStore(database: database, time: time, baseURL: "http://localhost"))
            .grant(.mentor, to: InvitationForm(name: "Morgan Mentor", email: email).validate().get(), schoolID: try schoolID(urn: urn), author: Author(userID: nil, name: "Test", role: nil, clientAddress: "127.0.0.1")).grantID
    }
}

extension DemoRecords {
    /// The ECTs the account is the current mentor of, by id.
    public func ectIDs(mentoredBy email: String) throws -> [Int] {
        try ectIDs(assignedTo: email, role: "mentor")
    }

    /// The ECTs the account is the current induction tutor of, by id.
    public func ectIDs(tutoredBy email: String) throws -> [Int] {
        try ectIDs(assignedTo: email, role: "tutor")
    }

    private func ectIDs(assignedTo email: String, role: String) throws -> [Int] {
        try database.read { c in
            try c.query("""
                SELECT a.ect_id FROM staff_assignments a JOIN users u ON u.id = a.user_id
                WHERE u.email = ? AND a.role = ? AND a.to_date IS NULL ORDER BY a.ect_id
                """, [email, role]).map { try $0.int("ect_id") }
        }
    }
}
