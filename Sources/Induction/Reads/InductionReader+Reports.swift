import Foundation
import SQLite

extension InductionReader {
    /// The report's scope for the access policy, or nil when there is no such report.
    public func reportScope(id: Int) throws -> Scope? {
        try database.read { c in
            guard let row = try c.queryOne("""
                SELECT r.ect_id, r.school_id, r.state, e.school_id AS ect_school_id FROM reports r JOIN ects e ON e.id = r.ect_id WHERE r.id = ?
                """, [id]) else { return nil }
            return .report(id: id, ectID: try row.int("ect_id"), schoolID: try row.int("school_id"),
                           ectSchoolID: try row.int("ect_school_id"), isDraft: try row.string("state") == ReportState.draft.rawValue)
        }
    }

    public func reportPage(id: Int, viewerUserID: Int?, sessionToken: String?, today: CalendarDate, now: Date) throws -> ReportPage? {
        try database.read { c in
            guard let report = try ReportRows.load(id, c), let record = try ECTRecordLoader().load(ectID: report.ectID, c) else { return nil }
            let period = try c.queryOne("SELECT * FROM induction_periods WHERE id = ?", [report.periodID])
            let start = try period.flatMap { CalendarDate(iso: try $0.string("start_date")) } ?? record.startDate
            let end = try period.flatMap { try $0.optionalString("end_date") }.flatMap(CalendarDate.init(iso:))
            let school = try c.queryOne("SELECT name FROM schools WHERE id = ?", [report.schoolID])?.string("name") ?? record.schoolName
            let served = report.kind == .interimAssessment
                ? (try? TermCalendar.compute(record.calendarInput))?.termsServed(asOf: report.meetingDate) : nil
            let header = ReportHeader(
                ectName: record.ect.fullName, trn: record.ect.trn, schoolName: school,
                tutor: record.current(.tutor)?.person.name ?? "Nobody assigned", mentor: record.current(.mentor)?.person.name ?? "Nobody assigned",
                periodStart: start, periodEnd: end, fte: record.calendarInput.fte(on: report.meetingDate),
                daysAbsent: record.absences.filter { $0.schoolID == report.schoolID && $0.absence.start >= start }.map(\.absence.days)
                    .reduce(0, +),
                termsServed: served,
                daysAbsentSinceLastAssessment: report.kind == .interimAssessment ? try Self.daysAbsentSinceLastAssessment(report, record, c) : nil,
                nextSchool: try period?.string("next_school") ?? "")
            let history = try c.query("SELECT * FROM report_changes WHERE report_id = ? ORDER BY id DESC", [id]).map { row in
                ReportChange(version: try row.int("version"), field: try row.string("field"), oldValue: try row.string("old_value"),
                             newValue: try row.string("new_value"), author: try row.string("author"), changedAt: try row.string("changed_at"))
            }
            var recent = false
            if let sessionToken {
                let since = Timestamp.format(now.addingTimeInterval(-SignerConfirmation.window))
                recent = (try c.scalarInt("SELECT count(*) FROM sessions WHERE token_hash = ? AND reconfirmed_at >= ?",
                                          [SessionStore.hash(sessionToken), since]) ?? 0) > 0
            }
            return ReportPage(report: report, header: header,
                              viewer: try ReportParticipation.of(viewerUserID, in: report, today: today, c),
                              history: history, evidence: try EvidenceRows.live(reportID: id, c), recentlyConfirmed: recent,
                              usesEmailedCode: try viewerUserID.map { try Self.signsInWithCode($0, c) } ?? false)
        }
    }

    /// As `SignIn` decides: the person chose the emailed code, or the AB requires it of a role they hold.
    static func signsInWithCode(_ userID: Int, _ c: Connection) throws -> Bool {
        if try c.scalarInt("SELECT second_factor_enabled FROM users WHERE id = ?", [userID]) == 1 { return true }
        let settings = try AppropriateBodySettings.load(c)
        return try AccountDirectory().grants(userID: userID, c).contains { settings.secondFactorRequired(for: $0.role) }
    }

    /// SG 2.62–2.63: the interim assessment gives the days absent since the last formal assessment's
    /// meeting, at any school, or since induction began.
    static func daysAbsentSinceLastAssessment(_ report: Report, _ record: ECTRecord, _ c: Connection) throws -> Int {
        let last = try c.queryOne("""
            SELECT max(meeting_date) AS last FROM reports
            WHERE ect_id = ? AND kind <> 'progress-review' AND id <> ? AND meeting_date < ? AND state <> 'draft'
            """, [report.ectID, report.id, report.meetingDate.iso])?.optionalString("last").flatMap(CalendarDate.init(iso:))
        return record.absences.filter { $0.absence.start > (last ?? record.ect.inductionStartDate.adding(days: -1)) }
            .map(\.absence.days).reduce(0, +)
    }
}
