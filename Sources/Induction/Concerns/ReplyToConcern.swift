import SQLite

/// Appropriate body staff record their reply to an ECT's concern; the ECT is emailed that a reply
/// is waiting. Nobody at the school is told.
public struct ReplyToConcern: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func reply(_ text: String, concernID: Int, author: Author) throws {
        let reply: String
        switch ConcernForm.validate(reply: text) {
        case .success(let valid): reply = valid
        case .failure(let errors): throw ConcernRefusal.invalid(errors)
        }
        try store.change { c, stamp in
            guard let role = Role(rawValue: author.role), role.isAppropriateBodyStaff, let userID = author.userID else {
                throw ConcernRefusal.notYours
            }
            guard let row = try c.queryOne("SELECT ect_id, state, subject FROM ect_concerns WHERE id = ?", [concernID]) else {
                throw ConcernRefusal.notFound
            }
            guard try row.string("state") == ConcernState.open.rawValue else { throw ConcernRefusal.alreadyAnswered }
            let ectID = try row.int("ect_id")
            try c.run("UPDATE ect_concerns SET state = 'answered', reply = ?, replied_by = ?, replied_at = ? WHERE id = ?",
                      [reply, userID, stamp, concernID])
            if let ect = try c.queryOne("""
                SELECT u.email, u.name FROM role_grants g JOIN users u ON u.id = g.user_id
                WHERE g.role = 'ect' AND g.ect_id = ? AND u.active = 1
                """, [ectID]) {
                try OutgoingEmail(recipient: try ect.string("email"), subject: "The appropriate body has replied to your concern",
                                  body: """
                                  Dear \(try ect.string("name")),

                                  The appropriate body has replied to your concern "\(try row.string("subject"))".

                                  Read the reply: \(store.baseURL)/my-induction/concerns
                                  """).enqueue(in: c, at: stamp)
            }
            try AuditEvent(author: author, action: .concernAnswered, recordType: "ect", recordID: ectID,
                           detail: "Reply to concern \(concernID) recorded").record(in: c, at: stamp)
        }
    }
}
