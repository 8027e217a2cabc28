import HTTP
import Induction
import SQLite
import Templates

struct CheckCommand {
    func run(_ arguments: [String]) throws -> Int32 {
        let options = try Options(arguments, valued: ["--db", "--templates", "--public"], flags: ["--help"])
        if options.has("--help") { Console.out(Usage.check); return 0 }
        let templates = try TemplateLibrary(directory: options.value("--templates", env: "INDUCT_TEMPLATES", default: Paths.templates), strict: false)
        Console.out("templates: \(templates.templateNames.count) parsed")
        let files = try StaticFiles(root: options.value("--public", env: "INDUCT_PUBLIC", default: Paths.publicFiles))
        Console.out("static files: \(files.fileCount) loaded")
        if let path = options["--db"] {
            let database = try Database(path: path, readerCount: 1)
            let applied = try database.read { try $0.query("SELECT name FROM schema_migrations").map { try $0.string("name") } }
            let pending = Schema.migrations.map(\.name).filter { !applied.contains($0) }
            guard pending.isEmpty else {
                Console.error("database: \(pending.count) migration(s) pending; run 'induct migrate --db \(path)'")
                return 1
            }
            Console.out("database: migrated")
        }
        return 0
    }
}
