import Induction
import Templates

extension ReportController {
    /// Issue 11 item 2: while the school writes a report, the observations and mentor meetings since
    /// the ECT's previous report, read only, as evidence it can draw on; null otherwise.
    func observationEvidence(_ context: RequestContext, _ page: ReportPage) throws -> TemplateValue {
        let report = page.report
        guard report.state.isWithSchool,
              AccessPolicy.allows(context.principal, .viewObservations, .ect(id: report.ectID, schoolID: report.schoolID)),
              let evidence = try services.reader.observationEvidence(reportID: report.id) else { return .null }
        return [
            "since": TemplateValue(evidence.since?.ukLong),
            "observations": ObservationsView.observationRows(evidence.items.observations),
            "hasObservations": .bool(!evidence.items.observations.isEmpty),
            "meetings": ObservationsView.meetingRows(evidence.items.meetings),
            "hasMeetings": .bool(!evidence.items.meetings.isEmpty),
            "none": .bool(evidence.items.observations.isEmpty && evidence.items.meetings.isEmpty),
        ]
    }
}
