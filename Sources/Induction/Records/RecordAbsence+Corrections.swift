import SQLite

extension RecordAbsence {
    /// Replaces a recorded absence with `corrected`, only for the school that recorded it, with an
    /// "absence.corrected" event whose detail gives before and after. Returns the years that now
    /// reach the 30-day rule (SG 3.6), emailed as for a new absence.
    @discardableResult
    public func correct(absenceID: Int, to corrected: Absence, ectID: Int, in connection: Connection, actor: String,
                        actorUserID: Int?, clientAddress: String) throws -> [InductionYear] {
        let now = time.timestamp
        return try connection.transaction {
            let (record, stored) = try ownAbsence(absenceID, ectID: ectID, connection)
            let limits = AbsenceLimits(record: record, today: time.today, correcting: absenceID)
            guard limits.contains(corrected) else { throw ECTRecordError.outsidePeriod }
            if let existing = limits.overlap(with: corrected) { throw ECTRecordError.overlaps(existing) }
            var input = record.calendarInput
            let before = try? TermCalendar.compute(input)
            input.absences = record.absences.filter { $0.id != absenceID }.map(\.absence) + [corrected]
            let after = try? TermCalendar.compute(input)
            try connection.run("""
                UPDATE absences SET start_date = ?, end_date = ?, days = ?, category = ?, ect_chooses_to_extend = ?, updated_at = ?
                WHERE id = ?
                """, [corrected.start.iso, corrected.end.iso, corrected.days, corrected.category.rawValue,
                      corrected.ectChoosesToExtend ? 1 : 0, now, absenceID])
            try AuditEvent(actor: actor, actorUserID: actorUserID, action: .absenceCorrected, recordType: "ect", recordID: ectID,
                           detail: "was \(Self.describe(stored.absence)); now \(Self.describe(corrected))",
                           clientAddress: clientAddress).record(in: connection, at: now)
            return try notifyCrossings(record: record, before: before, after: after, in: connection, actor: actor,
                                       actorUserID: actorUserID, clientAddress: clientAddress)
        }
    }

    /// Deletes a recorded absence, only for the school that recorded it, with an "absence.deleted"
    /// event naming what it was.
    public func delete(absenceID: Int, ectID: Int, in connection: Connection, actor: String, actorUserID: Int?,
                       clientAddress: String) throws {
        let now = time.timestamp
        try connection.transaction {
            let (_, stored) = try ownAbsence(absenceID, ectID: ectID, connection)
            try connection.run("DELETE FROM absences WHERE id = ?", [absenceID])
            try AuditEvent(actor: actor, actorUserID: actorUserID, action: .absenceDeleted, recordType: "ect", recordID: ectID,
                           detail: "was \(Self.describe(stored.absence))", clientAddress: clientAddress).record(in: connection, at: now)
        }
    }

    /// The record and the absence, which must belong to this ECT and to their current school.
    func ownAbsence(_ absenceID: Int, ectID: Int, _ connection: Connection) throws -> (ECTRecord, StoredAbsence) {
        guard let record = try ECTRecordLoader().load(ectID: ectID, connection),
              let stored = record.absences.first(where: { $0.id == absenceID }) else { throw ECTRecordError.notFound }
        guard stored.schoolID == record.ect.schoolID else { throw ECTRecordError.recordedByAnotherSchool }
        return (record, stored)
    }
}
