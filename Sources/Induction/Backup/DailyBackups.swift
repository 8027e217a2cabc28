import Foundation
import SQLite

/// While the server runs, a backup of the database into `folder` once a day (at start-up when
/// today's is missing, then when the injected clock reaches a new day), deleting the oldest beyond
/// `keep`. Each copy is written under a temporary name and renamed only after its integrity check.
public final class DailyBackups: Sendable {
    public let databasePath: String
    public let folder: String
    public let keep: Int
    private let time: any TimeSource
    private let report: @Sendable (String) -> Void
    private let loop = PeriodicTask(name: "daily-backup")

    /// `report` hears of each backup made or deleted and of failures; the next run tries again.
    public init(databasePath: String, folder: String, keep: Int, time: any TimeSource,
                report: @escaping @Sendable (String) -> Void = { _ in }) {
        self.databasePath = databasePath
        self.folder = folder
        self.keep = keep
        self.time = time
        self.report = report
    }

    /// Makes today's backup if it is missing and prunes; returns what it did.
    @discardableResult
    public func runOnce() throws -> DailyBackupPlan {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let existing = try FileManager.default.contentsOfDirectory(atPath: folder)
        let plan = DailyBackupPlan(existing: existing, today: time.today, keep: keep)
        if let name = plan.make {
            let final = folder + "/" + name
            let partial = final + ".partial"
            try? FileManager.default.removeItem(atPath: partial)
            let copy = try OnlineBackup().copy(from: databasePath, to: partial)
            try FileManager.default.moveItem(atPath: partial, toPath: final)
            report("backup \(final): \(copy.byteCount) bytes, \(copy.pageCount) pages, integrity ok")
        }
        for name in plan.delete {
            try FileManager.default.removeItem(atPath: folder + "/" + name)
            report("deleted old backup \(folder)/\(name)")
        }
        return plan
    }

    /// Checks now and then every `interval` seconds (an hour is plenty for a daily file).
    public func start(every interval: TimeInterval) {
        loop.start(every: interval) { [self] in
            do { try runOnce() } catch { report("daily backup failed: \(error)") }
        }
    }

    public func stop() {
        loop.stop()
    }
}
