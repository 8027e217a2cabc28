import SQLite

/// Seeds one appropriate body with three schools and twelve ECTs, once: a database that already
/// has an appropriate body is left as it is.
public struct SeedDemoData: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Returns false when there was already data.
    @discardableResult
    public func seed(author: Author) throws -> Bool {
        try store.change { connection, now in
            if try connection.scalarInt("SELECT count(*) FROM appropriate_bodies") ?? 0 > 0 { return false }
            try connection.run("INSERT INTO appropriate_bodies (name, created_at) VALUES (?, ?)", [DemoData.appropriateBodyName, now])
            let bodyID = Int(connection.lastInsertRowID)
            for school in DemoData.schools {
                try insert(school, bodyID: bodyID, at: now, in: connection)
            }
            try AuditEvent(author: author, action: .demoSeeded, recordType: "appropriate_body", recordID: bodyID,
                           detail: "\(DemoData.schools.count) schools").record(in: connection, at: now)
            return true
        }
    }

    private func insert(_ school: DemoData.DemoSchool, bodyID: Int, at now: String, in connection: Connection) throws {
        try connection.run(
            "INSERT INTO schools (appropriate_body_id, urn, name, local_authority, created_at) VALUES (?, ?, ?, ?, ?)",
            [bodyID, school.urn, school.name, school.localAuthority, now]
        )
        let schoolID = Int(connection.lastInsertRowID)
        for ect in school.ects {
            try connection.run(
                """
                INSERT INTO ects (school_id, first_name, last_name, trn, induction_start_date, fte_percent, tutor_name, date_of_birth,
                                  training_programme, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                [schoolID, ect.firstName, ect.lastName, ect.trn, ect.start, ect.ftePercent, ect.tutor, ect.born, ect.programme.rawValue, now]
            )
            try connection.run(
                "INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at) VALUES (?, ?, ?, 'confirmed', ?)",
                [Int(connection.lastInsertRowID), schoolID, ect.start, now]
            )
        }
    }
}
