import HTTP
import Induction
import SQLite

struct HomeController: Sendable {
    let services: Services
    let pages: PageRenderer

    /// Signed in: your role's home. Otherwise: what Induct is, and how to sign in.
    func show(_ context: RequestContext) throws -> HTTPResponse {
        if let principal = context.principal { return .redirect(to: HomePaths.home(for: principal.active)) }
        let bodyName = try services.database.read { try InductionDirectory().appropriateBodyName($0) }
        return try pages.render("pages/landing", title: "Welcome", context: context, values: [
            "appropriateBodyName": .string(bodyName ?? "Your appropriate body"),
        ])
    }

    /// The appropriate body's home (AB admins and officers).
    func appropriateBody(_ context: RequestContext) throws -> HTTPResponse {
        let (bodyName, rosters, pending, pendingECTs) = try services.database.read { connection in
            (try InductionDirectory().appropriateBodyName(connection), try InductionDirectory().rosters(connection),
             try connection.scalarInt("SELECT count(*) FROM school_registration_requests WHERE status = 'pending'") ?? 0,
             try PendingECTRegistrations().count(connection))
        }
        let isAdmin = context.principal?.active.role == .abAdmin
        return try pages.render("pages/ab_home", title: "Appropriate body home", context: context, values: [
            "appropriateBodyName": .string(bodyName ?? "No appropriate body yet"),
            "schoolCount": .int(rosters.count),
            "ectCount": .int(rosters.reduce(0) { $0 + $1.ects.count }),
            "pendingRegistrations": .int(pending),
            "pendingECTRegistrations": .int(pendingECTs),
            "isAdmin": .bool(isAdmin),
        ])
    }
}
