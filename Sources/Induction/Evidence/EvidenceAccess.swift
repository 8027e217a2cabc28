import SQLite

/// The one rule both evidence verbs apply first: the report exists, the author writes it (the ECT's
/// current tutor or the school's headteacher, never the mentor: SG 2.45), and it is still with the
/// school (a submitted or accepted report's evidence is what the appropriate body was sent).
enum EvidenceAccess {
    static func writableReport(_ reportID: Int, author: Author, today: CalendarDate, _ c: Connection) throws -> Report {
        guard let report = try ReportRows.load(reportID, c) else { throw EvidenceRefusal.noSuchReport }
        guard try ReportParticipation.of(author.userID, in: report, today: today, c).writes else { throw EvidenceRefusal.notYours }
        guard report.state.isWithSchool else { throw EvidenceRefusal.notWithSchool(report.state) }
        return report
    }
}
