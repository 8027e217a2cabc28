import SQLite

/// The school's corrections to a record: a change of working pattern from a date, and the training
/// programme. Each is written with its audit event, before and after, in one transaction.
public struct RecordCorrection: Sendable {
    public let time: any TimeSource

    public init(time: any TimeSource) {
        self.time = time
    }

    /// Stores the change (the schema refuses a second change on one day); "ect.working_pattern_changed".
    public func changeWorkingPattern(_ change: FTEChange, ectID: Int, in connection: Connection, actor: String, actorUserID: Int?,
                                     clientAddress: String) throws {
        let now = time.timestamp
        try connection.transaction {
            guard let record = try ECTRecordLoader().load(ectID: ectID, connection) else { throw ECTRecordError.notFound }
            let before = record.calendarInput.fte(on: change.effective)
            try connection.run("INSERT INTO fte_changes (ect_id, effective_date, fte_percent, created_at) VALUES (?, ?, ?, ?)",
                               [ectID, change.effective.iso, change.fte.percent, now])
            try AuditEvent(actor: actor, actorUserID: actorUserID, action: .ectWorkingPatternChanged, recordType: "ect", recordID: ectID,
                           detail: "from \(before.decimal) FTE to \(change.fte.decimal) FTE from \(change.effective.ukLong)",
                           clientAddress: clientAddress).record(in: connection, at: now)
        }
    }

    /// Changes the programme; "ect.programme_changed". Returns false when it was already that.
    @discardableResult
    public func changeProgramme(to programme: TrainingProgramme, ectID: Int, in connection: Connection, actor: String, actorUserID: Int?,
                                clientAddress: String) throws -> Bool {
        let now = time.timestamp
        return try connection.transaction {
            guard let current = try connection.queryOne("SELECT training_programme FROM ects WHERE id = ?", [ectID])?
                .string("training_programme") else { throw ECTRecordError.notFound }
            guard current != programme.rawValue else { return false }
            try connection.run("UPDATE ects SET training_programme = ? WHERE id = ?", [programme.rawValue, ectID])
            let was = TrainingProgramme(rawValue: current)?.label ?? current
            try AuditEvent(actor: actor, actorUserID: actorUserID, action: .ectProgrammeChanged, recordType: "ect", recordID: ectID,
                           detail: "from \(was) to \(programme.label)", clientAddress: clientAddress).record(in: connection, at: now)
            return true
        }
    }
}
