import Induction
import SQLite

/// Every route of the application, in one place, each with its controller.
enum Routes {
    static func register(on router: inout Router, database: Database, pages: PageRenderer) {
        let home = HomeController(database: database, pages: pages)
        let ects = ECTListController(database: database, pages: pages)
        let health = HealthController(database: database)
        router.get("/") { try home.show($0) }
        router.get("/ects") { try ects.index($0) }
        router.get("/healthz") { try health.check($0) }
    }
}
