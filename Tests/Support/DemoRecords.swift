import Foundation
import Induction
import SQLite

/// Ids of the seeded demo records, looked up by what people know them by (URN, email, name), so
/// that tests never hard-code row ids.
public struct DemoRecords {
    public static let calderValleyURN = "107512"
    public static let holmeMossURN = "138204"
    public static let stAidansURN = "145630"

    public let database: Database

    public init(_ database: Database) {
        self.database = database
    }

    public func schoolID(urn: String) throws -> Int {
        try int("SELECT id FROM schools WHERE urn = ?", [urn], "school \(urn)")
    }

    /// Every ECT at the school, by id.
    public func ectIDs(urn: String) throws -> [Int] {
        try database.read { c in
            try c.query("SELECT e.id FROM ects e JOIN schools s ON s.id = e.school_id WHERE s.urn = ? ORDER BY e.id", [urn])
                .map { try $0.int("id") }
        }
    }

    public func userID(email: String) throws -> Int {
        try int("SELECT id FROM users WHERE email = ?", [email], "user \(email)")
    }

    /// The grant of `role` held by `email`, at the school with `urn` for school roles.
    public func grantID(email: String, role: Role, urn: String? = nil) throws -> Int {
        if let urn {
            return try int("""
                SELECT g.id FROM role_grants g JOIN users u ON u.id = g.user_id JOIN schools s ON s.id = g.school_id
                WHERE u.email = ? AND g.role = ? AND s.urn = ?
                """, [email, role.rawValue, urn], "\(role.rawValue) grant of \(email) at \(urn)")
        }
        return try int("SELECT g.id FROM role_grants g JOIN users u ON u.id = g.user_id WHERE u.email = ? AND g.role = ?",
                       [email, role.rawValue], "\(role.rawValue) grant of \(email)")
    }

    public func count(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try database.read { try $0.scalarInt(sql, bindings) } ?? 0
    }

    /// Audit actions in the order they were written.
    public func auditActions() throws -> [String] {
        try database.read { try $0.query("SELECT action FROM audit_events ORDER BY id").map { try $0.string("action") } }
    }

    /// Every column of every audit row as one text, to search for secrets that must not be there.
    public func auditText() throws -> String {
        try database.read { c in
            try c.query("SELECT * FROM audit_events ORDER BY id").map { row in
                try row.columnNames.map { "\(try row.value($0))" }.joined(separator: " | ")
            }.joined(separator: "\n")
        }
    }

    /// A reset link's secret for the account, issued as `RequestPasswordReset` would (valid for an hour).
    public func issueResetToken(email: String, time: any TimeSource) throws -> String {
        try issue(email: email, purpose: .passwordReset, time: time)
    }

    public func issueInvitationToken(email: String, time: any TimeSource) throws -> String {
        try issue(email: email, purpose: .invitation, time: time)
    }

    /// A pending "register your school" request for a school Induct does not have yet.
    public func makeRegistrationRequest(urn: String, time: any TimeSource) throws -> Int {
        let form = SchoolRegistrationForm(urn: urn, schoolName: "Test School \(urn)", requesterName: "Pat Example",
                                          requesterRole: Role.headteacher.rawValue, requesterEmail: "head@\(urn).schools.example")
        let visitor = Author(userID: nil, name: "anonymous", role: nil, clientAddress: "127.0.0.1")
        guard case .submitted(let id) = try SubmitSchoolRegistration(store: InductionStore(database: database, time: time))
            .submit(form, author: visitor) else { throw Missing(what: "registration request for \(urn)") }
        return id
    }

    /// An outbox message to a made-up address; returns its id.
    public func makeOutboxMessage(time: any TimeSource) throws -> Int {
        try database.write { c in
            try c.run("""
                INSERT INTO outbox_messages (recipient, subject, body, next_attempt_at, created_at) VALUES (?, ?, ?, ?, ?)
                """, ["someone@example.org", "Test message", "Hello", time.timestamp, time.timestamp])
            return Int(c.lastInsertRowID)
        }
    }

    private func issue(email: String, purpose: OneTimeTokenPurpose, time: any TimeSource) throws -> String {
        let userID = try userID(email: email)
        return try database.write { c in
            try OneTimeTokens().issue(for: userID, purpose: purpose, validFor: 3600, now: time.now(), in: c)
        }
    }

    private func int(_ sql: String, _ bindings: [any SQLBindable], _ what: String) throws -> Int {
        guard let value = try database.read({ try $0.scalarInt(sql, bindings) }) else { throw Missing(what: what) }
        return value
    }

    public struct Missing: Error, CustomStringConvertible {
        public let what: String
        public var description: String { "no \(what) in the seeded database" }
    }
}
