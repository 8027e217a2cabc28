import Induction
import SQLite

struct DemoCommand {
    func run(_ arguments: [String]) throws -> Int32 {
        let options = try Options(arguments, valued: ["--db"], flags: ["--help"])
        if options.has("--help") { Console.out(Usage.demo); return 0 }
        let path = options.value("--db", env: "INDUCT_DB", default: Paths.database)
        try Paths.prepareDatabaseFolder(path)
        let database = try Database(path: path, readerCount: 1)
        _ = try database.migrate(Schema.migrations)
        let seeded = try SeedDemoData(time: SystemTimeSource()).run(in: database)
        Console.out(seeded ? "Seeded the demo appropriate body into \(path)" : "\(path) already has data; left unchanged")
        return 0
    }
}
