import Induction
import Templates

/// The top of the ECT's own home (issue 11 item 1): what is due next, the reports waiting for their
/// comments or signature, and every report they have signed, with its print view.
struct ECTTasksView {
    let tasks: ECTTaskList
    let nextDue: DueItem?

    var values: TemplateFields {
        let row = { (report: ReportSummary) -> TemplateValue in
            ["label": .string("\(report.kind.label), term \(report.termNumber)"), "href": .string("/reports/\(report.id)"),
             "printHref": .string("/reports/\(report.id)/print"), "state": .string(report.state.label),
             "stateTag": .string(ReportPageView.tag(report.state)), "due": .string(report.dueDate.ukLong), "dueISO": .string(report.dueDate.iso)]
        }
        return [
            "nextDue": nextDue.map { item in
                ["label": .string("\(item.kind.label), term \(item.forTermNumber)"), "date": .string(item.date.ukLong),
                 "dateISO": .string(item.date.iso), "due": .string(item.dueDate.ukLong)]
            } ?? .null,
            "awaitingMe": .list(tasks.awaitingMe.map(row)),
            "hasAwaitingMe": .bool(!tasks.awaitingMe.isEmpty),
            "signedReports": .list(tasks.signed.map(row)),
            "hasSignedReports": .bool(!tasks.signed.isEmpty),
        ]
    }
}
