import SQLite

/// SG 2.28, 2.64: an ECT sends a concern to the appropriate body's named contact, someone not
/// involved in their assessment. The school is never told: the only email goes to that contact.
public struct RaiseConcern: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    @discardableResult
    public func raise(subject: String, body: String, ectID: Int, author: Author) throws -> Int {
        let entry: (subject: String, body: String)
        switch ConcernForm.validate(subject: subject, body: body) {
        case .success(let valid): entry = valid
        case .failure(let errors): throw ConcernRefusal.invalid(errors)
        }
        return try store.change { c, stamp in
            guard author.role == Role.ect.rawValue, let userID = author.userID, try c.scalarInt("""
                SELECT count(*) FROM role_grants g JOIN users u ON u.id = g.user_id
                WHERE g.user_id = ? AND g.role = 'ect' AND g.ect_id = ? AND u.active = 1
                """, [userID, ectID]) ?? 0 > 0 else { throw ConcernRefusal.notYours }
            try c.run("INSERT INTO ect_concerns (ect_id, raised_by, raised_at, subject, body) VALUES (?, ?, ?, ?, ?)",
                      [ectID, userID, stamp, entry.subject, entry.body])
            let id = Int(c.lastInsertRowID)
            if let profile = try AppropriateBodyProfile.load(c), profile.hasECTContact {
                try OutgoingEmail(recipient: profile.contactEmail, subject: "An ECT has raised a concern",
                                  body: """
                                  Dear \(profile.contactName),

                                  \(author.name) has raised a concern with you as the appropriate body's named contact for ECTs.

                                  Subject: \(entry.subject)

                                  Read it and reply: \(store.baseURL)/ab/concerns/\(id)

                                  The ECT's school has not been told.
                                  """).enqueue(in: c, at: stamp)
            }
            try AuditEvent(author: author, action: .concernRaised, recordType: "ect", recordID: ectID,
                           detail: "Concern \(id) raised with the appropriate body's named contact").record(in: c, at: stamp)
            return id
        }
    }
}
