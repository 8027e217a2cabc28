import Foundation
import SQLite

/// A school asks to use Induct; the appropriate body's admins then authorise or reject the request.
public struct SubmitSchoolRegistration: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// The request is made by someone with no account yet: its audit event names the requester as
    /// the form gives them, from `author`'s address.
    public func submit(_ form: SchoolRegistrationForm, author: Author) throws -> SchoolRegistrationOutcome {
        let draft: SchoolRegistrationDraft
        switch form.validate() {
        case .success(let valid): draft = valid
        case .failure(let errors): return .invalid(errors.messages)
        }
        let (urn, role, email) = (draft.urn, draft.requesterRole, draft.requesterEmail)
        let requester = Author(userID: nil, name: draft.requesterName, role: nil, clientAddress: author.clientAddress)
        return try store.change { c, stamp in
            if try c.scalarInt("SELECT count(*) FROM schools WHERE urn = ?", [urn]) ?? 0 > 0 {
                return .invalid(["urn": "A school with URN \(urn) already uses Induct"])
            }
            if try c.scalarInt("SELECT count(*) FROM school_registration_requests WHERE urn = ? AND status = 'pending'", [urn]) ?? 0 > 0 {
                return .invalid(["urn": Self.alreadyRequested(urn)])
            }
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
            try AuditEvent(author: requester, action: .schoolRegistrationRequested, recordType: "school_registration_request",
                           recordID: id, detail: "URN \(urn), \(role.title)")
                .record(in: c, at: stamp)
            return .submitted(id: id)
        }
    }

    private static func alreadyRequested(_ urn: String) -> String {
        "A request for URN \(urn) is already waiting for the appropriate body to decide"
    }
}
