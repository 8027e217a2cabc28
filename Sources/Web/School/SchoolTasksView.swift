import Induction
import Templates

/// The task list at the top of a school home (issue 11 item 1), for the role the person acts in: a
/// tutor's ECTs each with the next report and one action, a headteacher's signatures and
/// recommendations, the at-risk ECTs, a mentor's shared reports, staff without accounts.
struct SchoolTasksView {
    let tasks: SchoolTaskList
    let today: CalendarDate
    let canStart: Bool

    var values: TemplateFields {
        let rows = { (reports: [AppropriateBodyReportRow]) in TemplateValue.list(reports.map(AppropriateBodyReportsController.row)) }
        return [
            "nextSteps": .list(tasks.nextSteps.map(nextStep)),
            "hasNextSteps": .bool(!tasks.nextSteps.isEmpty),
            "awaitingMySignature": rows(tasks.awaitingMySignature),
            "hasAwaitingMySignature": .bool(!tasks.awaitingMySignature.isEmpty),
            "recommendationsDue": rows(tasks.recommendationsDue),
            "hasRecommendationsDue": .bool(!tasks.recommendationsDue.isEmpty),
            "atRiskReports": rows(tasks.atRisk),
            "hasAtRisk": .bool(!tasks.atRisk.isEmpty),
            "menteeReports": rows(tasks.menteeReports),
            "hasMenteeReports": .bool(!tasks.menteeReports.isEmpty),
            "staffWithoutAccounts": .list(tasks.staffWithoutAccounts.map { .string($0) }),
            "hasStaffWithoutAccounts": .bool(!tasks.staffWithoutAccounts.isEmpty),
            "governorsReportHref": .null,
        ]
    }

    private func nextStep(_ step: ECTNextStep) -> TemplateValue {
        let state: (label: String, tag: String) = if let report = step.report {
            report.isLate(today: today) ? ("\(report.state.label), late", "tag--red") : (report.state.label, ReportPageView.tag(report.state))
        } else if let due = step.dueDate, due < today {
            ("Not started, past due", "tag--red")
        } else {
            ("Not started", "tag--grey")
        }
        var start = TemplateValue.null
        if step.report == nil, let item = step.item, canStart {
            start = ["action": .string("/ects/\(step.ectID)/reports"), "kindValue": .string(item.kind.rawValue),
                     "term": .int(item.forTermNumber), "label": .string(item.kind == .progressReview ? "Start the review" : "Start the assessment")]
        }
        return [
            "ectName": .string(step.ectName), "ectHref": .string("/ects/\(step.ectID)"),
            "item": TemplateValue(step.item.map { "\($0.kind.label), term \($0.forTermNumber)" }),
            "due": TemplateValue(step.dueDate?.ukLong), "dueISO": TemplateValue(step.dueDate?.iso),
            "state": .string(state.label), "stateTag": .string(state.tag),
            "reportHref": TemplateValue(step.report.map { "/reports/\($0.id)" }),
            "start": start,
        ]
    }
}
