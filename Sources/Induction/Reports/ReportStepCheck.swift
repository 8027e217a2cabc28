import SQLite

/// The opening every report verb shares, inside its transaction: the report, the author's part in
/// it, and the state the step leads to (or the refusal: not found, not theirs, not in this state).
struct ReportStepCheck {
    let report: Report
    let participation: ReportParticipation
    let next: ReportState

    init(_ reportID: Int, _ step: ReportStep, author: Author, today: CalendarDate, _ c: Connection) throws {
        guard let report = try ReportRows.load(reportID, c) else { throw ReportRefusal.notDue }
        let participation = try ReportParticipation.of(author.userID, in: report, today: today, c)
        let allowed = switch step {
        case .edit, .share, .submit: participation.writes
        case .comment: participation.signerRoles.contains(.ect)
        case .sign(let role): participation.signerRoles.contains(role)
        case .accept, .returnForAmendment: participation.isAppropriateBody
        }
        guard allowed else { throw ReportRefusal.notYours(step) }
        self.report = report
        self.participation = participation
        next = try ReportWorkflow.state(after: step, from: report.state, kind: report.kind, signed: report.signedRoles)
    }

    /// "Amelia Hartley", for emails.
    static func ectName(_ report: Report, _ c: Connection) throws -> String {
        try c.queryOne("SELECT first_name || ' ' || last_name AS name FROM ects WHERE id = ?", [report.ectID])?.string("name") ?? "the ECT"
    }

    /// Refuses a save that did not start from the current version, naming who saved since.
    static func checkVersion(_ report: Report, basedOn version: Int, _ c: Connection) throws {
        guard version != report.version else { return }
        let name = try c.queryOne("SELECT author FROM report_changes WHERE report_id = ? ORDER BY id DESC LIMIT 1", [report.id])?
            .string("author")
        throw ReportRefusal.changedMeanwhile(by: name ?? "Someone")
    }
}
