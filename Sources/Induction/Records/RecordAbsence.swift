import SQLite

/// Records an absence with an "absence.recorded" audit event, in one transaction, for the ECT's
/// current school. The calendar is worked out before and after: when the absence takes a year of
/// induction to 30 days or more of non-statutory absence (SG 3.6; REG 8), the headteacher and the
/// appropriate body are emailed and an "absence.threshold_reached" event is written. Returns the
/// years that crossed the threshold. Corrections and deletions are in `RecordAbsence+Corrections`.
public struct RecordAbsence: Sendable {
    public let time: any TimeSource

    public init(time: any TimeSource) {
        self.time = time
    }

    @discardableResult
    public func record(_ absence: Absence, ectID: Int, in connection: Connection, actor: String, actorUserID: Int?,
                       clientAddress: String) throws -> [InductionYear] {
        let now = time.timestamp
        return try connection.transaction {
            guard let record = try ECTRecordLoader().load(ectID: ectID, connection) else { throw ECTRecordError.notFound }
            let limits = AbsenceLimits(record: record, today: time.today)
            guard record.period != nil, limits.contains(absence) else { throw ECTRecordError.outsidePeriod }
            if let existing = limits.overlap(with: absence) { throw ECTRecordError.overlaps(existing) }
            var input = record.calendarInput
            let before = try? TermCalendar.compute(input)
            input.absences.append(absence)
            let after = try? TermCalendar.compute(input)

            try connection.run("""
                INSERT INTO absences (ect_id, school_id, start_date, end_date, days, category, ect_chooses_to_extend, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [ectID, record.ect.schoolID, absence.start.iso, absence.end.iso, absence.days, absence.category.rawValue,
                      absence.ectChoosesToExtend ? 1 : 0, now])
            try AuditEvent(actor: actor, actorUserID: actorUserID, action: .absenceRecorded, recordType: "ect", recordID: ectID,
                           detail: Self.describe(absence), clientAddress: clientAddress).record(in: connection, at: now)
            return try notifyCrossings(record: record, before: before, after: after, in: connection, actor: actor,
                                       actorUserID: actorUserID, clientAddress: clientAddress)
        }
    }

    /// "Sickness, 7 September 2026 to 13 November 2026, 30 days; ECT chooses to extend"
    static func describe(_ absence: Absence) -> String {
        let choice = absence.category.isStatutoryLeave ? (absence.ectChoosesToExtend ? "; ECT chooses to extend" : "; ECT chooses not to extend") : ""
        let dates = absence.start == absence.end ? absence.start.ukLong : "\(absence.start.ukLong) to \(absence.end.ukLong)"
        return "\(absence.category.label), \(dates), \(absence.days) \(absence.days == 1 ? "day" : "days")\(choice)"
    }

    /// The years that reached the 30-day rule between `before` and `after`, each emailed and audited.
    func notifyCrossings(record: ECTRecord, before: TermCalendarResult?, after: TermCalendarResult?, in connection: Connection,
                         actor: String, actorUserID: Int?, clientAddress: String) throws -> [InductionYear] {
        let now = time.timestamp
        let reachedBefore = Set((before?.years ?? []).filter(\.thirtyDayRuleApplies).map(\.number))
        let crossed = (after?.years ?? []).filter { $0.thirtyDayRuleApplies && !reachedBefore.contains($0.number) }
        guard !crossed.isEmpty else { return [] }
        let recipients = try ThresholdRecipients.addresses(schoolID: record.ect.schoolID, connection)
        let projected = after?.projectedEndDate.map { "Projected end date now \($0.ukLong)." }
            ?? "The ECT has a leaving date, so there is no projected end date at this school."
        for year in crossed {
            // SG 3.6: the year is extended by the aggregate days absent, not just those over 30.
            let sentence = "\(record.ect.fullName) has reached 30 days' absence in year \(year.number) of induction; "
                + "the year is extended by \(year.extensionDays) days. \(projected)"
            let body = """
                \(sentence)

                School: \(record.schoolName)
                TRN: \(record.ect.trn)

                Under the statutory guidance (paragraph 3.6), absences totalling 30 days or more in one year of induction extend that year by the aggregate days absent. The headteacher should make sure the appropriate body knows.
                """
            for recipient in recipients {
                try OutgoingEmail(recipient: recipient, subject: "\(record.ect.fullName): 30 days' absence in year \(year.number) of induction",
                                  body: body).enqueue(in: connection, at: now)
            }
            try AuditEvent(actor: actor, actorUserID: actorUserID, action: .absenceThresholdReached, recordType: "ect",
                           recordID: record.ect.id, detail: sentence + " Emailed \(recipients.count) people.",
                           clientAddress: clientAddress).record(in: connection, at: now)
        }
        return crossed
    }
}
