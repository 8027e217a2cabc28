import Foundation
import Synchronization

/// Results of reads, kept while the database is unchanged. A dedicated connection that never
/// writes asks SQLite's `PRAGMA data_version`, which moves whenever any other connection commits:
/// this process's writer or another process (`induct user`, `induct retention`). An entry is
/// served only under the version it was computed at, so no change is ever missed; a new version
/// drops every entry. The key must name everything the read depends on besides the database
/// (for example today's date).
final class ResultCache: @unchecked Sendable {
    private struct Entries {
        var version: Int64 = -1
        var values: [String: any Sendable] = [:]
    }

    /// `@unchecked Sendable`: the watcher connection is only touched under `watcherLock`.
    private let watcher: Connection
    private let watcherLock = NSLock()
    private let entries = Mutex(Entries())
    private let capacity: Int

    init(watcher: Connection, capacity: Int = 512) {
        self.watcher = watcher
        self.capacity = capacity
    }

    /// The version now. Read before computing, so a value is stored under a version no newer than
    /// the snapshot it was read from: at worst a later lookup recomputes, never serves stale data.
    func version() throws -> Int64 {
        watcherLock.lock()
        defer { watcherLock.unlock() }
        return Int64(try watcher.scalarInt("PRAGMA data_version") ?? 0)
    }

    func value<T: Sendable>(_ key: String, compute: () throws -> T) throws -> T {
        let now = try version()
        let hit: T? = entries.withLock { entries in
            guard entries.version == now else { return nil }
            return entries.values[key] as? T
        }
        if let hit { return hit }
        let value = try compute()
        entries.withLock { entries in
            if entries.version != now {
                guard now > entries.version else { return }
                entries = Entries(version: now)
            }
            if entries.values.count >= capacity { entries.values.removeAll(keepingCapacity: true) }
            entries.values[key] = value
        }
        return value
    }
}
