import HTTP
import Induction
import Templates

struct HomeController: Sendable {
    let services: Services
    let pages: PageRenderer

    /// Signed in: your role's home. Otherwise: what Induct is, and how to sign in.
    func show(_ context: RequestContext) throws -> HTTPResponse {
        if let principal = context.principal { return .redirect(to: HomePaths.home(for: principal.active)) }
        let bodyName = try services.reader.appropriateBodyName()
        return try pages.render("pages/landing", title: "Welcome", context: context, values: [
            "appropriateBodyName": .string(bodyName ?? "Your appropriate body"),
        ])
    }

    /// The appropriate body's home (AB admins and officers).
    func appropriateBody(_ context: RequestContext) throws -> HTTPResponse {
        let summary = try services.reader.appropriateBodySummary()
        let isAdmin = context.principal?.active.role == .abAdmin
        let sort = DashboardSchool.Sort(rawValue: context.request.queryValue("sort") ?? "") ?? .overdue
        let dashboard = try services.reader.appropriateBodyDashboard(today: services.time.today, sort: sort)
        var values: TemplateFields = [
            "appropriateBodyName": .string(summary.bodyName ?? "No appropriate body yet"),
            "schoolCount": .int(summary.schoolCount),
            "ectCount": .int(summary.ectCount),
            "pendingRegistrations": .int(summary.pendingSchoolRegistrations),
            "pendingECTRegistrations": .int(summary.pendingECTRegistrations),
            "isAdmin": .bool(isAdmin),
        ]
        values.merge(AppropriateBodyDashboardView(dashboard: dashboard, sort: sort).values) { _, new in new }
        return try pages.render("pages/ab_home", title: "Appropriate body home", context: context, values: values)
    }
}
