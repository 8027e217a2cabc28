import Foundation
import SQLite

/// The appropriate body's admin rejects a school's request with a reason, which is emailed to the
/// requester.
public struct RejectSchoolRegistration: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Throws `SchoolRegistrationError.reasonRequired` or `.reasonTooLong`; false when not pending.
    public func reject(id: Int, reason: String, author: Author) throws -> Bool {
        let text = try RejectionReason.checked(reason, missing: SchoolRegistrationError.reasonRequired, tooLong: SchoolRegistrationError.reasonTooLong)
        return try store.change { c, stamp in
            guard let request = try SchoolRegistrationDecision.pendingRequest(id, c) else { return false }
            try SchoolRegistrationDecision.decide(id, status: .rejected, reason: text, author: author, at: stamp, c)
            try AuditEvent(author: author, action: .schoolRegistrationRejected, recordType: "school_registration_request",
                           recordID: id, detail: "URN \(request.urn)")
                .record(in: c, at: stamp)
            try rejectionEmail(request, reason: text, c).enqueue(in: c, at: stamp)
            return true
        }
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
}
