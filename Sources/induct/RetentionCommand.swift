import Foundation
import Induction
import SQLite

/// `induct retention [--db PATH] [--apply]`: lists the ECT records kept six years past the end of
/// induction (SG 2.77, 5.3) and, with --apply, removes them, one transaction each, then purges old
/// sent emails and sign-in throttles. Without --apply nothing changes.
struct RetentionCommand {
    func run(_ arguments: [String]) throws -> Int32 {
        let options = try Options(arguments, valued: ["--db"], flags: ["--help", "--apply"])
        if options.has("--help") { Console.out(Usage.retention); return 0 }
        let path = try SettingValues(options).required(.db)
        guard FileManager.default.fileExists(atPath: path) else {
            Console.error("induct retention: no database at \(path)")
            return 1
        }
        let apply = options.has("--apply")
        let database = try Database(path: path, readerCount: 1)
        // A dry run changes nothing, not even the schema; removal needs migration 024's triggers.
        if apply { for name in try database.migrate(Schema.migrations) { Console.error("applied migration \(name)") } }
        let store = InductionStore(database: database, time: SystemTimeSource())
        let due = try store.reader.recordsDueForRemoval(today: store.time.today)
        Console.out(due.isEmpty ? "No ECT record is due for removal under retention (induction ended more than six years ago)."
                    : "\(due.count) ECT record\(due.count == 1 ? "" : "s") \(apply ? "to remove" : "would be removed"):")
        let author = Author.system("induct retention")
        var removed = 0
        for record in due {
            Console.out("  ECT \(record.ectID)  TRN \(record.maskedTRN)  \(record.schoolName)  induction ended \(record.endedOn.ukLong)")
            if apply, try ApplyRetention(store: store).remove(ectID: record.ectID, author: author) != nil { removed += 1 }
        }
        guard apply else {
            Console.out("Dry run: nothing was changed." + (due.isEmpty ? "" : " Run again with --apply to remove these records."))
            return 0
        }
        let purge = try PurgeOperationalRows(store: store).purge(author: author)
        Console.out("Removed \(removed) ECT record\(removed == 1 ? "" : "s"); purged \(purge.outboxMessages) sent emails "
                    + "older than \(PurgeOperationalRows.sentEmailDays) days and \(purge.signInThrottles) sign-in throttles.")
        return 0
    }
}
