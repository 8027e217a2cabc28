import SQLite

/// The appropriate body suspends or reinstates a school and records its phase. A suspended school's
/// staff keep their records; the AB accepts no new ECT registrations from it (Migration005).
public struct SchoolAdministration: Sendable {
    let database: Database
    let time: any TimeSource

    public init(database: Database, time: any TimeSource) {
        self.database = database
        self.time = time
    }

    /// Sets the status; false when there is no such school. Setting the status a school already has
    /// changes nothing and writes no audit event.
    @discardableResult
    public func setStatus(schoolID: Int, suspended: Bool, actorName: String, actorUserID: Int?, clientAddress: String) throws -> Bool {
        let status = suspended ? "suspended" : "authorised"
        return try database.write { c in
            try c.transaction {
                guard let current = try c.queryOne("SELECT status, name FROM schools WHERE id = ?", [schoolID]) else { return false }
                guard try current.string("status") != status else { return true }
                try c.run("UPDATE schools SET status = ? WHERE id = ?", [status, schoolID])
                try AuditEvent(actor: actorName, actorUserID: actorUserID, action: suspended ? .schoolSuspended : .schoolReinstated,
                               recordType: "school", recordID: schoolID, detail: try current.string("name"), clientAddress: clientAddress)
                    .record(in: c, at: time.timestamp)
                return true
            }
        }
    }

    /// Records the phase; false when there is no such school.
    @discardableResult
    public func setPhase(schoolID: Int, phase: SchoolPhase, actorName: String, actorUserID: Int?, clientAddress: String) throws -> Bool {
        try database.write { c in
            try c.transaction {
                guard let current = try c.queryOne("SELECT phase FROM schools WHERE id = ?", [schoolID]) else { return false }
                let before = try current.string("phase")
                guard before != phase.rawValue else { return true }
                try c.run("UPDATE schools SET phase = ? WHERE id = ?", [phase.rawValue, schoolID])
                try AuditEvent(actor: actorName, actorUserID: actorUserID, action: .schoolPhaseChanged, recordType: "school",
                               recordID: schoolID, detail: "phase \(before) → \(phase.rawValue)", clientAddress: clientAddress)
                    .record(in: c, at: time.timestamp)
                return true
            }
        }
    }
}
