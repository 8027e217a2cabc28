import Induction
import SQLite

struct MigrateCommand {
    func run(_ arguments: [String]) throws -> Int32 {
        let options = try Options(arguments, valued: ["--db"], flags: ["--help"])
        if options.has("--help") { Console.out(Usage.migrate); return 0 }
        let path = try SettingValues(options).required(.db)
        let applied = try Self.migrate(path)
        Console.out(applied.isEmpty ? "\(path) is up to date" : applied.map { "applied \($0)" }.joined(separator: "\n"))
        return 0
    }

    static func migrate(_ path: String) throws -> [String] {
        try Paths.prepareDatabaseFolder(path)
        let database = try Database(path: path, readerCount: 1)
        return try database.migrate(Schema.migrations)
    }
}
