import Foundation
import SQLite
import Security

/// `induct demo`: an account for every role at each demo school, all with one known password,
/// listed for the CSV. Run after `SeedDemoData`. Idempotent: an email that already exists is left
/// as it is, and the full list is still returned.
public struct SeedDemoAccounts: Sendable {
    public static let defaultPassword = "induct-demo-2026"

    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func seed(password: String = Self.defaultPassword, author: Author) throws -> [DemoAccount] {
        if let message = PasswordPolicy.problem(with: password) { throw DemoAccountsError.weakPassword(message: message) }
        let people = DemoAccountData.people
        let existing = try store.database.read { connection in
            try Set(connection.query("SELECT lower(email) AS email FROM users").map { try $0.string("email") })
        }
        // argon2id is deliberately slow: one hash serves every new account.
        let hash = people.contains { !existing.contains($0.email) } ? try PasswordHasher.hash(password) : nil
        try store.change { connection, now in
            let schools = try ids("SELECT urn AS key, id FROM schools", connection)
            let ects = try ids("SELECT trn AS key, id FROM ects", connection)
            var created = 0
            for person in people {
                guard let hash, try insert(person, hash: hash, schools: schools, ects: ects, at: now, in: connection) else { continue }
                created += 1
            }
            if created > 0 {
                try AuditEvent(author: author, action: .demoAccountsSeeded, recordType: "user",
                               detail: "\(created) demo accounts created").record(in: connection, at: now)
            }
            let assigned = try assignTutorsAndMentors(at: now, connection)
            guard assigned > 0 else { return }
            try AuditEvent(author: author, action: .demoStaffAssigned, recordType: "appropriate_body",
                           detail: "\(assigned) tutor and mentor assignments").record(in: connection, at: now)
        }
        return people.flatMap { person in
            person.grants.map { DemoAccount(role: $0.role, email: person.email, schoolURN: $0.urn, name: person.name, password: password) }
        }.sorted { order($0) < order($1) }
    }

    /// The demo sign-ins as RFC 4180 CSV.
    public static func csv(_ accounts: [DemoAccount]) -> String {
        CSVWriter.text([["role", "email", "school_urn", "password"]]
            + accounts.map { [$0.role.rawValue, $0.email, $0.schoolURN, $0.password] })
    }

    /// false when the email already exists.
    private func insert(_ person: DemoAccountData.Person, hash: String, schools: [String: Int], ects: [String: Int],
                        at now: String, in connection: Connection) throws -> Bool {
        let added = try connection.run(
            """
            INSERT INTO users (name, email, password_hash, created_at, password_changed_at) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT(email) DO NOTHING
            """, [person.name, person.email, hash, now, now])
        guard added == 1 else { return false }
        let userID = Int(connection.lastInsertRowID)
        for grant in person.grants {
            var schoolID: Int?
            if !grant.urn.isEmpty {
                guard let id = schools[grant.urn] else { throw DemoAccountsError.missingSchool(urn: grant.urn) }
                schoolID = id
            }
            let ectID = try grant.ectTRN.map { trn in
                guard let id = ects[trn] else { throw DemoAccountsError.missingECT(trn: trn) }
                return id
            }
            try connection.run("INSERT INTO role_grants (user_id, role, school_id, ect_id, created_at) VALUES (?, ?, ?, ?, ?)",
                               [userID, grant.role.rawValue, schoolID, ectID, now])
        }
        return true
    }

    private func ids(_ sql: String, _ connection: Connection) throws -> [String: Int] {
        try Dictionary(connection.query(sql).map { (try $0.string("key"), try $0.int("id")) }, uniquingKeysWith: { first, _ in first })
    }

    /// AB staff first, then school by school in `DemoData` order, each in the order of `Role.allCases`.
    private func order(_ account: DemoAccount) -> (Int, Int) {
        let school = DemoData.schools.firstIndex { $0.urn == account.schoolURN }.map { $0 + 1 } ?? 0
        return (school, Role.allCases.firstIndex(of: account.role) ?? 0)
    }
}
