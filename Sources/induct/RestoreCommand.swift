import Foundation
import SQLite

/// `induct restore BACKUP --db DB`: puts a checked backup in the database's place, keeping the old
/// file as DB.before-restore. Refuses while a server holds the database open.
struct RestoreCommand {
    func run(_ arguments: [String]) throws -> Int32 {
        let (backup, rest) = BackupCommand.splitPath(arguments)
        let options = try Options(rest, valued: ["--db"], flags: ["--help"])
        if options.has("--help") { Console.out(Usage.restore); return 0 }
        guard let backup else { throw Options.UsageError(description: "name the backup file: induct restore BACKUP --db DB") }
        // Named on the command line, never taken from INDUCT_DB: this replaces the file.
        guard options["--db"] != nil else { throw Options.UsageError(description: "--db DB is required, to name the file replaced") }
        let database = try SettingValues(options, environment: [:]).required(.db)
        guard FileManager.default.fileExists(atPath: backup) else {
            Console.error("induct restore: no backup at \(backup)")
            return 1
        }
        let copy: OnlineBackup.Copy
        do {
            copy = try OnlineBackup.checked(backup)
        } catch {
            Console.error("induct restore: \(backup) fails its check, nothing restored: \(error)")
            return 1
        }
        if FileManager.default.fileExists(atPath: database) {
            if try DatabaseInUse.isOpenElsewhere(database) {
                Console.error("induct restore: \(database) is in use (is the server running?); stop it first")
                return 1
            }
            let kept = database + ".before-restore"
            if FileManager.default.fileExists(atPath: kept) { try FileManager.default.removeItem(atPath: kept) }
            try FileManager.default.moveItem(atPath: database, toPath: kept)
            for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: database + suffix) {
                try FileManager.default.moveItem(atPath: database + suffix, toPath: kept + suffix)
            }
            Console.out("Kept the old database as \(kept)")
        }
        try Paths.prepareDatabaseFolder(database)
        try OnlineBackup().copy(from: backup, to: database)
        Console.out("Restored \(backup) to \(database): \(copy.byteCount) bytes, \(copy.pageCount) pages, integrity_check ok")
        return 0
    }
}
