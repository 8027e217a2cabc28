import Foundation
import Induction
import SQLite
import Security

/// Shared fixtures for the sign-in, session, second-factor and password tests. argon2id is slow on
/// purpose, so one hash of `password` is made per test run and reused.
public enum SignInFixtures {
    public static let password = "correct horse battery"
    public static let passwordHash: String = {
        guard let hash = try? PasswordHasher.hash(password) else { fatalError("cannot hash the fixture password") }
        return hash
    }()

    /// Grants are (role, school id); AB roles take nil. Returns the user id.
    @discardableResult
    public static func makeUser(_ database: Database, email: String, name: String = "Test Person", hash: String? = passwordHash,
                         grants: [(Role, Int?)] = [(.inductionTutor, 1)], active: Bool = true, secondFactor: Bool = false) throws -> Int {
        try database.write { connection in
            try connection.run(
                """
                INSERT INTO users (name, email, password_hash, active, second_factor_enabled, created_at)
                VALUES (?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')
                """, [name, email, hash, active, secondFactor])
            let userID = Int(connection.lastInsertRowID)
            for (role, school) in grants {
                try connection.run("INSERT INTO role_grants (user_id, role, school_id, created_at) VALUES (?, ?, ?, '2026-01-01T00:00:00Z')",
                                   [userID, role.rawValue, school])
            }
            return userID
        }
    }

    public static func grantIDs(_ database: Database, userID: Int) throws -> [Int] {
        try database.read { try $0.query("SELECT id FROM role_grants WHERE user_id = ? ORDER BY id", [userID]).map { try $0.int("id") } }
    }

    /// Every column of every audit row, as one text to search for leaked secrets.
    public static func auditText(_ database: Database) throws -> String {
        try database.read { connection in
            try connection.query("SELECT * FROM audit_events ORDER BY id").map { row in
                try row.columnNames.map { "\(try row.value($0))" }.joined(separator: " | ")
            }.joined(separator: "\n")
        }
    }

    public static func auditActions(_ database: Database) throws -> [String] {
        try database.read { try $0.query("SELECT action FROM audit_events ORDER BY id").map { try $0.string("action") } }
    }

    public static func outbox(_ database: Database) throws -> [(recipient: String, subject: String, body: String)] {
        try database.read { connection in
            try connection.query("SELECT * FROM outbox_messages ORDER BY id").map {
                (try $0.string("recipient"), try $0.string("subject"), try $0.string("body"))
            }
        }
    }

    public static func count(_ database: Database, _ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try database.read { try $0.scalarInt(sql, bindings) ?? 0 }
    }

    /// A visitor who is not signed in, at that address: who signs in or types a code.
    public static func visitor(_ clientAddress: String) -> Author {
        Author(userID: nil, name: "anonymous", role: nil, clientAddress: clientAddress)
    }
}
