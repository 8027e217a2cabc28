import HTTP
import Induction
import Templates

/// The appropriate body's report queue (issue 9 item 6) and at-risk list (SG 4.1–4.5, item 9): one
/// read each, strings ready for the templates.
struct AppropriateBodyReportsController: Sendable {
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        if let list = context.request.queryValue("show").flatMap(SchoolReportList.init(rawValue:)) {
            let requested = context.request.queryValue("page")
            let page = try services.reader.reportsWithSchools(list, today: services.time.today) {
                AdminPaging(requested: requested, total: $0).window
            }
            let rows = page.items
            return try pages.render("pages/ab_reports_with_schools", title: list.heading, context: context, values: [
                "heading": .string(list.heading), "reports": .list(rows.map(Self.row)), "hasReports": .bool(!rows.isEmpty),
                "pagination": AdminPaging(requested: requested, total: page.total)
                    .values(path: "/ab/reports", filters: [("show", list.rawValue)], nouns: ("report", "reports")),
            ])
        }
        let form = ReportQueueFilterForm(query: context.request)
        let requested = context.request.queryValue("page")
        let queue = try services.reader.appropriateBodyReportQueue(form.filter) { AdminPaging(requested: requested, total: $0).window }
        var values = form.values(school: queue.school)
        values["awaiting"] = .list(queue.awaitingDecision.map(Self.row))
        values["hasAwaiting"] = .bool(!queue.awaitingDecision.isEmpty)
        values["decided"] = .list(queue.recentlyDecided.map(Self.row))
        values["hasDecided"] = .bool(!queue.recentlyDecided.isEmpty)
        values["pagination"] = AdminPaging(requested: requested, total: queue.total)
            .values(path: "/ab/reports", filters: form.queryItems, nouns: ("report", "reports"))
        let page = AdminPaging(requested: requested, total: queue.total).page
        return try pages.render("pages/ab_reports", title: form.title(school: queue.school, page: page), context: context, values: values)
    }

    func atRisk(_ context: RequestContext) throws -> HTTPResponse {
        let requested = context.request.queryValue("page")
        let list = try services.reader.atRiskList { AdminPaging(requested: requested, total: $0).window }
        let entries = list.items
        return try pages.render("pages/ab_at_risk", title: "ECTs at risk", context: context, values: [
            "pagination": AdminPaging(requested: requested, total: list.total)
                .values(path: "/ab/at-risk", filters: [], nouns: ("ECT", "ECTs")),
            "entries": .list(entries.map { entry in
                [
                    "ectName": .string(entry.ectName),
                    "ectHref": .string("/ects/\(entry.ectID)"),
                    "schoolName": .string(entry.schoolName),
                    "joined": .string(DisplayTime.format(entry.joinedAt)),
                    "report": Self.row(entry.report),
                    "supportPlan": TemplateValue(entry.supportPlan.isEmpty ? nil : entry.supportPlan),
                ]
            }),
            "hasEntries": .bool(!entries.isEmpty),
        ])
    }

    static func row(_ report: AppropriateBodyReportRow) -> TemplateValue {
        [
            "href": .string("/reports/\(report.reportID)"),
            "ectName": .string(report.ectName),
            "ectHref": .string("/ects/\(report.ectID)"),
            "schoolName": .string(report.schoolName),
            "item": .string("\(report.kind.label), term \(report.termNumber)"),
            "state": .string(report.state.label),
            "stateTag": .string(ReportPageView.tag(report.state)),
            "submitted": TemplateValue(report.submittedAt.map(DisplayTime.format)),
            "decided": TemplateValue(report.decidedAt.map(DisplayTime.format)),
            "due": .string(report.dueDate.ukLong),
            "dueISO": .string(report.dueDate.iso),
            "late": .bool(report.isLate),
        ]
    }
}
