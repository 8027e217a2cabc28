import SQLite

/// SG 3.6; REG 8: when a change to an ECT's absences takes a year of induction to 30 days or more
/// of non-statutory absence, the headteacher and the appropriate body are emailed and an
/// "absence.threshold_reached" event is written, in the change's own transaction.
struct AbsenceThresholdNotice {
    let author: Author
    let stamp: String

    /// The years that reached the 30-day rule between `before` and `after`, each emailed and audited.
    func send(record: ECTRecord, before: TermCalendarResult?, after: TermCalendarResult?, _ c: Connection) throws -> [InductionYear] {
        let reachedBefore = Set((before?.years ?? []).filter(\.thirtyDayRuleApplies).map(\.number))
        let crossed = (after?.years ?? []).filter { $0.thirtyDayRuleApplies && !reachedBefore.contains($0.number) }
        guard !crossed.isEmpty else { return [] }
        let recipients = try ThresholdRecipients.addresses(schoolID: record.ect.schoolID, c)
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
                let subject = "\(record.ect.fullName): 30 days' absence in year \(year.number) of induction"
                try PersonNotice(kind: .absenceThreshold, email: OutgoingEmail(recipient: recipient, subject: subject, body: body),
                                 title: subject, link: "/ects/\(record.ect.id)").deliver(in: c, at: stamp)
            }
            try AuditEvent(author: author, action: .absenceThresholdReached, recordType: "ect", recordID: record.ect.id,
                           detail: sentence + " Emailed \(recipients.count) people.").record(in: c, at: stamp)
        }
        return crossed
    }
}
