import Foundation
import HTTP
import Induction
import SQLite
import Templates

/// `induct check`: what `serve` would start with, checked without serving; one line per check.
struct CheckCommand {
    func run(_ arguments: [String]) throws -> Int32 {
        let options = try Options(arguments, valued: SettingValues.flags(Setting.serve), flags: ["--help"])
        if options.has("--help") { Console.out(Usage.check); return 0 }
        let values = SettingValues(options)
        var failed = false
        func report(_ name: String, _ outcome: Result<String, any Error>) {
            switch outcome {
            case .success(let message): Console.out("ok    \(name): \(message)")
            case .failure(let error): failed = true; Console.out("FAIL  \(name): \(error)")
            }
        }
        let problems = values.problems(Setting.serve)
        report("settings", problems.isEmpty ? .success("\(Setting.serve.count) valid") : .failure(CheckFailure(problems.joined(separator: "; "))))
        let templatesFolder = values.raw(.templates) ?? Paths.templates
        report("templates", Result { "\(try TemplateLibrary(directory: templatesFolder, strict: true).templateNames.count) parsed from \(templatesFolder), every partial found" })
        let publicFolder = values.raw(.publicFiles) ?? Paths.publicFiles
        report("static files", Result { "\(try StaticFiles(root: publicFolder).fileCount) loaded from \(publicFolder)" })
        let path = values.raw(.db) ?? Paths.database
        guard FileManager.default.fileExists(atPath: path) else {
            report("database", .failure(CheckFailure("\(path) does not exist; 'induct migrate --db \(path)' creates it")))
            return 1
        }
        do {
            let connection = try Connection(path: path, readOnly: true)
            report("database integrity", Result { try DatabaseCheck.integrity(connection) })
            report("database migrations", Result { try DatabaseCheck.migrations(connection, path: path) })
        } catch {
            report("database", .failure(error))
        }
        return failed ? 1 : 0
    }
}
