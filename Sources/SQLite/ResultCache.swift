import Foundation
import Synchronization

/// Results of reads, each kept with the version of the database it was read at and served again
/// only while that version is current. The version comes from a query on a dedicated connection
/// that never writes: by default SQLite's `PRAGMA data_version`, which moves whenever any other
/// connection commits (this process's writer or another process); an application may name a
/// counter of its own that moves only with the tables its cached reads depend on. A key must name
/// every input of its read besides the database (for example today's date).
final class ResultCache: @unchecked Sendable {
    /// `@unchecked Sendable`: the watcher connection is only touched under `watcherLock`.
    private let watcher: Connection
    private let watcherLock = NSLock()
    private let entries = Mutex(Entries())
    private let capacity: Int

    /// The results by key, each with the version it was read at and when it was last served.
    private struct Entries {
        var byKey: [String: (version: Int64, value: any Sendable, used: UInt64)] = [:]
        var clock: UInt64 = 0
    }

    init(watcher: Connection, capacity: Int = 256) {
        self.watcher = watcher
        self.capacity = capacity
    }

    /// The version now, or nil when `query` cannot answer (a counter table not yet migrated). Read
    /// before computing, so a value is stored under a version no newer than the snapshot it was
    /// read from: at worst a later lookup recomputes, never serves stale data.
    func version(_ query: String) -> Int64? {
        watcherLock.lock()
        defer { watcherLock.unlock() }
        return (try? watcher.scalarInt(query)).flatMap { $0 }.map(Int64.init)
    }

    func value<T: Sendable>(_ key: String, version query: String, compute: () throws -> T) throws -> T {
        guard let now = version(query) else { return try compute() }
        let hit: T? = entries.withLock { entries in
            guard let entry = entries.byKey[key], entry.version == now, let value = entry.value as? T else { return nil }
            entries.clock += 1
            entries.byKey[key]?.used = entries.clock
            return value
        }
        if let hit { return hit }
        let value = try compute()
        entries.withLock { entries in
            if let held = entries.byKey[key], held.version > now { return }
            if entries.byKey[key] == nil, entries.byKey.count >= capacity { evict(&entries, current: now) }
            entries.clock += 1
            entries.byKey[key] = (now, value, entries.clock)
        }
        return value
    }

    /// Makes room when full: results read at an older version can never be served again, so they
    /// go first; then the quarter least recently served. (Emptying the whole cache, as it did, let
    /// an officer paging through a long list push every dashboard out.)
    private func evict(_ entries: inout Entries, current: Int64) {
        entries.byKey = entries.byKey.filter { $0.value.version >= current }
        guard entries.byKey.count >= capacity else { return }
        let oldest = entries.byKey.sorted { $0.value.used < $1.value.used }.prefix(max(1, capacity / 4)).map(\.key)
        for key in oldest { entries.byKey[key] = nil }
    }
}
