import HTTP
import Induction
import SQLite

/// `GET /ects`: every school of the appropriate body with its ECTs.
struct ECTListController: Sendable {
    let database: Database
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let rosters = try database.read { try InductionDirectory().rosters($0) }
        return try pages.render("pages/ects", title: "Schools and ECTs", values: ECTListView(rosters: rosters).values)
    }
}
