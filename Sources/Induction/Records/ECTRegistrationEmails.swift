import SQLite

/// The emails a decision on an ECT registration sends to the school's headteacher and induction leads.
enum ECTRegistrationEmails {
    static func schoolRecipients(schoolID: Int, _ c: Connection) throws -> [(email: String, name: String)] {
        try c.query("""
            SELECT u.email, min(u.name) AS name FROM role_grants g JOIN users u ON u.id = g.user_id
            WHERE u.active = 1 AND g.school_id = ? AND g.role IN ('headteacher', 'induction_lead')
            GROUP BY u.email ORDER BY u.email
            """, [schoolID]).map { (try $0.string("email"), try $0.string("name")) }
    }

    static func decision(_ registration: PendingECTRegistration, confirmed: Bool, reason: String, _ c: Connection) throws -> [OutgoingEmail] {
        let body = try c.queryOne("SELECT name FROM appropriate_bodies ORDER BY id LIMIT 1")?.string("name") ?? "Your appropriate body"
        let what = "\(registration.fullName) (TRN \(registration.trn)), starting induction at \(registration.schoolName) on \(registration.inductionStart.ukLong)"
        return try schoolRecipients(schoolID: registration.schoolID, c).map { recipient in
            let text = confirmed
                ? "\(body) has confirmed the registration of \(what)."
                : "\(body) has not confirmed the registration of \(what).\n\nTheir reason:\n\n\(reason)\n\nYou can correct the details and register the ECT again."
            return OutgoingEmail(
                recipient: recipient.email,
                subject: confirmed ? "ECT registration confirmed: \(registration.fullName)" : "ECT registration not confirmed: \(registration.fullName)",
                body: "Dear \(recipient.name),\n\n\(text)\n")
        }
    }
}
