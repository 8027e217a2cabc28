import Foundation
import Induction
import SQLite

struct DemoCommand {
    func run(_ arguments: [String]) throws -> Int32 {
        let options = try Options(arguments, valued: ["--db", "--accounts-csv", "--password", "--scale", "--ects"], flags: ["--help"])
        if options.has("--help") { Console.out(Usage.demo); return 0 }
        let scale = try ScaleRequest(options)
        let settings = SettingValues(options)
        let path = try settings.required(.db)
        let password = options.value("--password", default: SeedDemoAccounts.defaultPassword)
        if let problem = PasswordPolicy.problem(with: password) {
            throw Options.UsageError(description: "--password: \(problem)")
        }
        try Paths.prepareDatabaseFolder(path)
        let database = try Database(path: path, readerCount: 1)
        _ = try database.migrate(Schema.migrations)
        // The report emails' links, as `induct user add` makes them.
        let store = InductionStore(database: database, time: SystemTimeSource(),
                                   baseURL: try settings.string(.baseURL) ?? "http://127.0.0.1:8080")
        let seeded = try SeedDemoData(store: store).seed(author: .system("induct demo"))
        let accounts = try SeedDemoAccounts(store: store).seed(password: password, author: .system("induct demo"))
        Console.out(seeded ? "Seeded the demo appropriate body into \(path)" : "\(path) already has data; left unchanged")
        if let scale {
            try scale.seed(store: store, password: password)
        } else {
            let reports = try SeedDemoReports(store: store).seed(password: password)
            Console.out(reports > 0 ? "Wrote \(reports) demo reports, signed with the demo password" : "The demo reports were already there; none added")
            let observations = try SeedDemoObservations(store: store).seed()
            Console.out(observations > 0 ? "Recorded \(observations) demo lesson observations and mentor meetings"
                        : "The demo observations were already there; none added")
        }
        if let csvPath = options["--accounts-csv"] {
            try Paths.prepareDatabaseFolder(csvPath)
            try SeedDemoAccounts.csv(accounts).write(toFile: csvPath, atomically: true, encoding: .utf8)
            Console.out("Wrote \(accounts.count) demo sign-ins to \(csvPath)")
        }
        return 0
    }
}
