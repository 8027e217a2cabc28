import HTTP
import Induction
import SQLite

struct HomeController: Sendable {
    let database: Database
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let (bodyName, rosters) = try database.read { connection in
            (try InductionDirectory().appropriateBodyName(connection), try InductionDirectory().rosters(connection))
        }
        return try pages.render("pages/home", title: "Home", values: [
            "appropriateBodyName": .string(bodyName ?? "No appropriate body yet"),
            "schoolCount": .int(rosters.count),
            "ectCount": .int(rosters.reduce(0) { $0 + $1.ects.count }),
        ])
    }
}
