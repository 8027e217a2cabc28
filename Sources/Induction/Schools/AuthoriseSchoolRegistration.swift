import Foundation
import SQLite

/// The appropriate body's admin authorises a school's request: the school is created and the
/// requester is granted their role (and invited when they have no password), in one change.
public struct AuthoriseSchoolRegistration: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// False when the request does not exist or has already been decided.
    public func authorise(id: Int, author: Author) throws -> Bool {
        try store.change { c, stamp in
            guard let request = try SchoolRegistrationDecision.pendingRequest(id, c) else { return false }
            guard let bodyID = try c.scalarInt("SELECT id FROM appropriate_bodies ORDER BY id LIMIT 1") else {
                throw SchoolRegistrationError.noAppropriateBody
            }
            if try c.scalarInt("SELECT count(*) FROM schools WHERE urn = ?", [request.urn]) ?? 0 > 0 {
                throw SchoolRegistrationError.schoolAlreadyExists(urn: request.urn)
            }
            try c.run("INSERT INTO schools (appropriate_body_id, urn, name, created_at) VALUES (?, ?, ?, ?)",
                      [bodyID, request.urn, request.schoolName, stamp])
            let schoolID = Int(c.lastInsertRowID)
            try SchoolRegistrationDecision.decide(id, status: .authorised, reason: "", author: author, at: stamp, c)
            try AuditEvent(author: author, action: .schoolRegistrationAuthorised, recordType: "school_registration_request",
                           recordID: id, detail: "URN \(request.urn), school \(schoolID)")
                .record(in: c, at: stamp)
            let existing = try AccountDirectory().user(email: request.requesterEmail, c)
            try c.run("UPDATE school_registration_requests SET existing_user_id = ? WHERE id = ?", [existing?.id, id])
            _ = try GrantRole(store: store)
                .grant(request.requesterRole, to: Invitee(name: request.requesterName, email: request.requesterEmail),
                       schoolID: schoolID, ectID: nil, author: author, in: c, at: stamp)
            return true
        }
    }
}
