import Foundation
import SQLite

/// Schools ask to use Induct; the appropriate body's admins authorise (creating the school and
/// inviting the requester) or reject with a reason that is emailed to the requester.
public struct SchoolRegistrations: Sendable {
    let database: Database
    let time: any TimeSource
    let baseURL: String

    public init(database: Database, time: any TimeSource, baseURL: String) {
        self.database = database
        self.time = time
        self.baseURL = baseURL
    }

    public func submit(_ form: SchoolRegistrationForm, clientAddress: String) throws -> SchoolRegistrationOutcome {
        let draft: SchoolRegistrationDraft
        switch form.validate() {
        case .success(let valid): draft = valid
        case .failure(let errors): return .invalid(errors.messages)
        }
        let (urn, role, email) = (draft.urn, draft.requesterRole, draft.requesterEmail)
        return try database.write { c in
            try c.transaction {
                if try c.scalarInt("SELECT count(*) FROM schools WHERE urn = ?", [urn]) ?? 0 > 0 {
                    return .invalid(["urn": "A school with URN \(urn) already uses Induct"])
                }
                if try c.scalarInt("SELECT count(*) FROM school_registration_requests WHERE urn = ? AND status = 'pending'", [urn]) ?? 0 > 0 {
                    return .invalid(["urn": Self.alreadyRequested(urn)])
                }
                let stamp = time.timestamp
                do {
                    try c.run(
                        """
                        INSERT INTO school_registration_requests (urn, school_name, requester_name, requester_role, requester_email, created_at)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, [urn, draft.schoolName, draft.requesterName, role.rawValue, email, stamp])
                } catch let error as SQLiteError where error.isUniqueViolation {
                    return .invalid(["urn": Self.alreadyRequested(urn)])
                }
                let id = Int(c.lastInsertRowID)
                try AuditEvent(actor: draft.requesterName, action: .schoolRegistrationRequested,
                               recordType: "school_registration_request", recordID: id,
                               detail: "URN \(urn), \(role.title)", clientAddress: clientAddress)
                    .record(in: c, at: stamp)
                return .submitted(id: id)
            }
        }
    }

    /// Oldest first, so the longest-waiting school is decided first.
    public func pending() throws -> [SchoolRegistrationRequest] {
        try database.read { c in
            try c.query(SchoolRegistrationRequest.select + " WHERE r.status = 'pending' ORDER BY r.created_at, r.id")
                .map(SchoolRegistrationRequest.init(row:))
        }
    }

    public func request(id: Int) throws -> SchoolRegistrationRequest? {
        try database.read { c in
            try c.queryOne(SchoolRegistrationRequest.select + " WHERE r.id = ?", [id]).map(SchoolRegistrationRequest.init(row:))
        }
    }

    /// False when the request does not exist or has already been decided.
    public func authorise(id: Int, actorName: String, actorUserID: Int, clientAddress: String) throws -> Bool {
        try database.write { c in
            try c.transaction {
                guard let request = try pendingRequest(id, c) else { return false }
                guard let bodyID = try c.scalarInt("SELECT id FROM appropriate_bodies ORDER BY id LIMIT 1") else {
                    throw SchoolRegistrationError.noAppropriateBody
                }
                if try c.scalarInt("SELECT count(*) FROM schools WHERE urn = ?", [request.urn]) ?? 0 > 0 {
                    throw SchoolRegistrationError.schoolAlreadyExists(urn: request.urn)
                }
                let stamp = time.timestamp
                try c.run("INSERT INTO schools (appropriate_body_id, urn, name, created_at) VALUES (?, ?, ?, ?)",
                          [bodyID, request.urn, request.schoolName, stamp])
                let schoolID = Int(c.lastInsertRowID)
                try decide(id, status: .authorised, reason: "", actorUserID: actorUserID, at: stamp, c)
                try AuditEvent(actor: actorName, actorUserID: actorUserID, action: .schoolRegistrationAuthorised,
                               recordType: "school_registration_request", recordID: id,
                               detail: "URN \(request.urn), school \(schoolID)", clientAddress: clientAddress)
                    .record(in: c, at: stamp)
                let existing = try AccountDirectory().user(email: request.requesterEmail, c)
                try c.run("UPDATE school_registration_requests SET existing_user_id = ? WHERE id = ?", [existing?.id, id])
                _ = try GrantRole(store: InductionStore(database: database, time: time), baseURL: baseURL)
                    .grant(request.requesterRole, to: Invitee(name: request.requesterName, email: request.requesterEmail),
                           schoolID: schoolID, ectID: nil,
                           author: Author(userID: actorUserID, name: actorName, role: nil, clientAddress: clientAddress), in: c, at: stamp)
                return true
            }
        }
    }

    /// Throws `SchoolRegistrationError.reasonRequired` or `.reasonTooLong`; false when not pending.
    public func reject(id: Int, reason: String, actorName: String, actorUserID: Int, clientAddress: String) throws -> Bool {
        let text = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw SchoolRegistrationError.reasonRequired }
        guard text.count <= SchoolRegistrationError.reasonLimit else { throw SchoolRegistrationError.reasonTooLong }
        return try database.write { c in
            try c.transaction {
                guard let request = try pendingRequest(id, c) else { return false }
                let stamp = time.timestamp
                try decide(id, status: .rejected, reason: text, actorUserID: actorUserID, at: stamp, c)
                try AuditEvent(actor: actorName, actorUserID: actorUserID, action: .schoolRegistrationRejected,
                               recordType: "school_registration_request", recordID: id,
                               detail: "URN \(request.urn)", clientAddress: clientAddress)
                    .record(in: c, at: stamp)
                try rejectionEmail(request, reason: text, c).enqueue(in: c, at: stamp)
                return true
            }
        }
    }

    private func pendingRequest(_ id: Int, _ c: Connection) throws -> SchoolRegistrationRequest? {
        try c.queryOne(SchoolRegistrationRequest.select + " WHERE r.id = ? AND r.status = 'pending'", [id])
            .map(SchoolRegistrationRequest.init(row:))
    }

    private func decide(_ id: Int, status: RegistrationRequestStatus, reason: String, actorUserID: Int, at stamp: String, _ c: Connection) throws {
        try c.run(
            "UPDATE school_registration_requests SET status = ?, rejection_reason = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'pending'",
            [status.rawValue, reason, actorUserID, stamp, id])
    }

    private func rejectionEmail(_ request: SchoolRegistrationRequest, reason: String, _ c: Connection) throws -> OutgoingEmail {
        let body = try c.queryOne("SELECT name FROM appropriate_bodies ORDER BY id LIMIT 1")?.string("name") ?? "The appropriate body"
        return OutgoingEmail(
            recipient: request.requesterEmail,
            subject: "Your request to use Induct for \(request.schoolName.prefix(150))",
            body: """
            Dear \(request.requesterName),

            \(body) has not authorised your request for \(request.schoolName) (URN \(request.urn)) to use Induct.

            Their reason:

            \(reason)

            If you have questions, reply to your appropriate body directly.
            """)
    }

    private static func alreadyRequested(_ urn: String) -> String {
        "A request for URN \(urn) is already waiting for the appropriate body to decide"
    }
}
