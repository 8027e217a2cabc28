import Foundation
import SQLite

/// design.md "Sign-in throttling per account and per client address". An account locks from its
/// 5th consecutive failure for min(15 min, 15 s × 2^(failures − 5)); its count resets after 15
/// minutes without a failure, or on success. An address locks for 5 minutes after 100 failures in
/// a 15-minute window: high, because a school's proxy puts many people behind one address, and an
/// account's lock never touches another account.
struct SignInThrottle: Sendable {
    static let window: TimeInterval = 900
    static let accountThreshold = 5
    static let accountBaseLock: TimeInterval = 15
    static let accountMaximumLock: TimeInterval = 900
    static let addressThreshold = 100
    static let addressLock: TimeInterval = 300

    static func accountKey(_ email: String) -> String {
        "account:" + email.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    static func addressKey(_ address: String) -> String {
        "address:" + address
    }

    /// Seconds until every given key is unlocked, or nil when none is locked.
    func retryAfter(keys: [String], now: Date, in connection: Connection) throws -> Int? {
        let stamp = Timestamp.format(now)
        var latest: String?
        for key in keys {
            if let until = try connection.queryOne(
                "SELECT locked_until FROM sign_in_throttles WHERE key = ? AND locked_until > ?", [key, stamp])?.string("locked_until"),
               until > (latest ?? "") {
                latest = until
            }
        }
        guard let latest, let date = Self.parse(latest) else { return nil }
        return max(1, Int(date.timeIntervalSince(now).rounded(.up)))
    }

    func recordFailure(email: String, address: String, now: Date, in connection: Connection) throws {
        try record(key: Self.accountKey(email), slidingWindow: true, now: now, in: connection) { failures in
            guard failures >= Self.accountThreshold else { return nil }
            let doublings = Double(min(failures - Self.accountThreshold, 16))
            return min(Self.accountMaximumLock, Self.accountBaseLock * pow(2, doublings))
        }
        try record(key: Self.addressKey(address), slidingWindow: false, now: now, in: connection) { failures in
            failures >= Self.addressThreshold ? Self.addressLock : nil
        }
    }

    func reset(email: String, in connection: Connection) throws {
        try connection.run("DELETE FROM sign_in_throttles WHERE key = ?", [Self.accountKey(email)])
    }

    func purge(now: Date, in connection: Connection) throws {
        let stamp = Timestamp.format(now)
        try connection.run(
            "DELETE FROM sign_in_throttles WHERE window_started_at <= ? AND (locked_until IS NULL OR locked_until <= ?)",
            [Timestamp.format(now.addingTimeInterval(-Self.window)), stamp])
    }

    /// An account's window restarts at each failure, or at the end of the lock that failure set, so
    /// that waiting out the longest lock does not reset the count. An address's window is fixed from
    /// its first failure, so that a steady trickle of typos behind a proxy never adds up.
    private func record(key: String, slidingWindow: Bool, now: Date, in connection: Connection,
                        lock: (Int) -> TimeInterval?) throws {
        let stamp = Timestamp.format(now)
        let windowCutoff = Timestamp.format(now.addingTimeInterval(-Self.window))
        let row = try connection.queryOne("SELECT failures, window_started_at FROM sign_in_throttles WHERE key = ?", [key])
        var failures = 1
        var started = stamp
        if let row, try row.string("window_started_at") > windowCutoff {
            failures = try row.int("failures") + 1
            started = try row.string("window_started_at")
        }
        let lockedUntil = lock(failures).map { Timestamp.format(now.addingTimeInterval($0)) }
        if slidingWindow { started = lockedUntil ?? stamp }
        try connection.run(
            """
            INSERT INTO sign_in_throttles (key, failures, window_started_at, locked_until) VALUES (?, ?, ?, ?)
            ON CONFLICT(key) DO UPDATE SET failures = excluded.failures, window_started_at = excluded.window_started_at,
                locked_until = excluded.locked_until
            """, [key, failures, started, lockedUntil])
    }

    static func parse(_ timestamp: String) -> Date? {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: timestamp)
    }
}
