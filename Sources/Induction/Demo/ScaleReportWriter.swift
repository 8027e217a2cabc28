import SQLite

/// Writes one scale report in the given state with the rows the report verbs leave behind: the
/// fields, the ECT's comments once shared and commented, signatures sealing the content as
/// `SignReport` seals it (so `Report.signaturesHold`), the submission, the decision, and the
/// at-risk entry a not-on-track report opens when submitted.
struct ScaleReportWriter {
    struct Cast {
        let ectID: Int
        let schoolID: Int
        let periodID: Int
        let profile: DemoReportTexts.Profile
        let tutor: ScalePerson
        let headteacher: ScalePerson
        let ect: ScalePerson
    }

    let stamp: String
    let connection: Connection

    func write(_ item: DueItem, index: Int, state: ReportState, concern: Bool, questions: String, cast: Cast,
               random: inout ScaleRandom) throws {
        let texts = DemoReportTexts(profile: cast.profile, item: item, index: index)
        let probe = Report(id: 0, ectID: cast.ectID, schoolID: cast.schoolID, periodID: cast.periodID, kind: item.kind,
                           termNumber: item.forTermNumber, meetingDate: item.date, earliestSubmission: item.earliestSubmission,
                           dueDate: item.dueDate, state: .draft, version: 1, content: ReportContent(), questions: questions,
                           returnReason: "", signatures: [], updatedAt: stamp)
        var fields = texts.fields(for: probe, concern: concern)
        fields["evidence"] = (fields["evidence"] ?? "") + "\n\n" + ScaleReportTexts.moreEvidence(cast.profile, &random)
        if state == .draft { fields = texts.draft(of: fields) }
        let commented = ![ReportState.draft, .shared].contains(state)
        if commented { fields[ReportContent.ectCommentsField] = texts.ectComment(concern: concern) }
        let dueDate = max(item.dueDate, item.earliestSubmission)
        let created = time(item.date.adding(days: -10), "09:00:00")
        let signed = time(item.date, "16:00:00")
        let submitted = [.submitted, .returned, .accepted].contains(state) ? time(dueDate, "12:00:00") : nil
        let decided = [.returned, .accepted].contains(state) ? time(dueDate.adding(days: 7), "10:30:00") : nil
        let updated = decided ?? submitted ?? (commented ? signed : created)
        try connection.run("""
            INSERT INTO reports (ect_id, school_id, induction_period_id, kind, term_number, meeting_date, earliest_submission, due_date,
                                 state, version, questions, return_reason, created_by, created_at, updated_at, submitted_at, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [cast.ectID, cast.schoolID, cast.periodID, item.kind.rawValue, item.forTermNumber, item.date.iso,
                  item.earliestSubmission.iso, dueDate.iso, state.rawValue, commented ? 3 : 2, questions,
                  state == .returned ? texts.returnReason : "", cast.tutor.userID, created, updated, submitted, decided])
        let reportID = Int(connection.lastInsertRowID)
        for name in fields.keys.sorted() where !(fields[name] ?? "").isEmpty {
            try connection.run("INSERT INTO report_fields (report_id, name, value) VALUES (?, ?, ?)", [reportID, name, fields[name] ?? ""])
        }
        guard commented else { return }
        let seal = ReportContent(fields: fields).sealHash(reportID: reportID, kind: item.kind, termNumber: item.forTermNumber,
                                                           questions: questions)
        var signers = [(SignerRole.tutor, cast.tutor)]
        if item.kind.isFormalAssessment { signers.append((.headteacher, cast.headteacher)) }
        if state != .awaitingSignatures { signers.append((.ect, cast.ect)) }
        for (role, person) in signers {
            try connection.run("""
                INSERT INTO report_signatures (report_id, role, user_id, signer_name, signed_at, content_hash) VALUES (?, ?, ?, ?, ?, ?)
                """, [reportID, role.rawValue, person.userID, person.name, signed, seal])
        }
        if concern, let submitted {
            try connection.run("INSERT INTO at_risk_entries (ect_id, report_id, joined_at) VALUES (?, ?, ?)", [cast.ectID, reportID, submitted])
        }
        try decide(item, reportID: reportID, state: state, recommendation: fields["recommendation"] ?? "", cast: cast)
    }

    /// An appropriate body decides within weeks of accepting a final assessment (SG 2.64), so a
    /// satisfactory one accepted more than four weeks ago has its pass recorded; the rest wait.
    private func decide(_ item: DueItem, reportID: Int, state: ReportState, recommendation: String, cast: Cast) throws {
        let received = max(item.dueDate, item.earliestSubmission).adding(days: 7)
        guard item.kind == .finalFormalAssessment, state == .accepted, recommendation == "satisfactory",
              let today = CalendarDate(iso: String(stamp.prefix(10))), received.adding(days: 28) < today else { return }
        let decided = received.adding(days: 10)
        try connection.run("""
            INSERT INTO induction_decisions (ect_id, final_report_id, recommendation_received_on, outcome, decided_on, notices_sent_on,
                                             recorded_at)
            VALUES (?, ?, ?, 'pass', ?, ?, ?)
            """, [cast.ectID, reportID, received.iso, decided.iso, decided.iso, time(decided, "11:00:00")])
    }

    /// The report's own day at `clock` UTC, never later than now.
    private func time(_ date: CalendarDate, _ clock: String) -> String {
        min("\(date.iso)T\(clock)Z", stamp)
    }
}
