import Foundation
import SQLite

/// `induct backup PATH`: a consistent copy of the database while the server keeps serving,
/// checked with `PRAGMA integrity_check` before it takes PATH's name.
struct BackupCommand {
    func run(_ arguments: [String]) throws -> Int32 {
        let (path, rest) = Self.splitPath(arguments)
        let options = try Options(rest, valued: ["--db"], flags: ["--help", "--force"])
        if options.has("--help") { Console.out(Usage.backup); return 0 }
        guard let path else { throw Options.UsageError(description: "name the backup file: induct backup PATH") }
        let database = try SettingValues(options).required(.db)
        guard FileManager.default.fileExists(atPath: database) else {
            Console.error("induct backup: no database at \(database)")
            return 1
        }
        if FileManager.default.fileExists(atPath: path), !options.has("--force") {
            Console.error("induct backup: \(path) already exists; add --force to overwrite it")
            return 1
        }
        try Paths.prepareDatabaseFolder(path)
        let partial = path + ".partial"
        try? FileManager.default.removeItem(atPath: partial)
        let copy: OnlineBackup.Copy
        do {
            copy = try OnlineBackup().copy(from: database, to: partial)
        } catch {
            try? FileManager.default.removeItem(atPath: partial)
            throw error
        }
        if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        Console.out("Backed up \(database) to \(path): \(copy.byteCount) bytes, \(copy.pageCount) pages, integrity_check ok")
        return 0
    }

    /// The first argument that is not an option or an option's value.
    static func splitPath(_ arguments: [String]) -> (String?, [String]) {
        var rest: [String] = []
        var path: String?
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--db", index + 1 < arguments.count {
                rest += [argument, arguments[index + 1]]
                index += 2
                continue
            }
            if path == nil, !argument.hasPrefix("-") { path = argument } else { rest.append(argument) }
            index += 1
        }
        return (path, rest)
    }
}
