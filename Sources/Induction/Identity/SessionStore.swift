import Foundation
import SQLite
import Security

/// design.md "Sessions": a 256-bit random token in the cookie and only its SHA-256 here; a new token
/// at sign-in, on role change and after the second factor; 30 minutes idle, 12 hours absolute;
/// sign-out deletes the row. A row with no user (a visitor's, from before issue 7 item 17: visitors'
/// forms now use a signed token and no row) lasts 2 hours idle. `SessionPurgeSchedule` deletes
/// expired rows.
public struct SessionStore: Sendable {
    public static let idleTimeout: TimeInterval = 1800
    public static let absoluteTimeout: TimeInterval = 43200
    public static let anonymousIdleTimeout: TimeInterval = 7200
    /// last_seen_at is written at most this often, so that a page view is not always a write.
    static let touchInterval: TimeInterval = 60

    let database: Database
    let time: any TimeSource
    let directory = AccountDirectory()

    public init(database: Database, time: any TimeSource) {
        self.database = database
        self.time = time
    }

    public func startAnonymous(clientAddress: String) throws -> (token: String, session: Session) {
        try database.write { connection in
            try insert(userID: nil, grantID: nil, pending: false, clientAddress: clientAddress, createdAt: time.timestamp, in: connection)
        }
    }

    /// Signs in: deletes the session of `replacing` and creates one with a fresh token and CSRF token
    /// (session fixation). Acts in `activeGrantID` when it is the user's, else in their landing role
    /// (`RoleGrant.landing`).
    public func start(userID: Int, secondFactorPending: Bool, clientAddress: String, replacing oldToken: String?,
                      activeGrantID: Int? = nil) throws -> (token: String, session: Session) {
        try database.write { connection in
            try connection.transaction {
                if let oldToken { try connection.run("DELETE FROM sessions WHERE token_hash = ?", [Self.hash(oldToken)]) }
                let grants = try directory.grants(userID: userID, connection)
                let grant = grants.first { $0.id == activeGrantID } ?? RoleGrant.landing(grants)
                return try insert(userID: userID, grantID: grant?.id, pending: secondFactorPending, clientAddress: clientAddress,
                                  createdAt: time.timestamp, in: connection)
            }
        }
    }

    /// nil when the token is unknown, the session has expired (its row is then deleted) or the user
    /// is inactive. The principal is nil for visitors, while a second factor is pending, and when
    /// the role the session acted in has been revoked (the person signs in again).
    public func resolve(_ token: String) throws -> (session: Session, principal: Principal?)? {
        let now = time.now()
        let hash = Self.hash(token)
        let found = try database.read { connection -> (lookup: Lookup, principal: Principal?)? in
            guard let lookup = try find(hash: hash, now: now, in: connection) else { return nil }
            guard lookup.isLive, let userID = lookup.session.userID, !lookup.session.secondFactorPending,
                  let grantID = lookup.session.activeGrantID else { return (lookup, nil) }
            return (lookup, try directory.principal(userID: userID, activeGrantID: grantID, connection))
        }
        guard let found else { return nil }
        let session = found.lookup.session
        if !found.lookup.isLive {
            try database.write { try $0.run("DELETE FROM sessions WHERE id = ? AND token_hash = ?", [session.id, hash]) }
            return nil
        }
        if found.lookup.lastSeenAt <= Timestamp.format(now.addingTimeInterval(-Self.touchInterval)) {
            try database.write { try $0.run("UPDATE sessions SET last_seen_at = ? WHERE id = ?", [Timestamp.format(now), session.id]) }
        }
        return (session, found.principal)
    }

    /// Clears the pending second factor and rotates the token; nil unless a live session was pending.
    /// `SecondFactor.verify` has audited the code by then.
    public func completeSecondFactor(_ token: String, clientAddress: String) throws -> (token: String, session: Session)? {
        let now = time.now()
        return try database.write { connection in
            try connection.transaction {
                guard let lookup = try find(hash: Self.hash(token), now: now, in: connection), lookup.isLive,
                      lookup.session.userID != nil, lookup.session.secondFactorPending else { return nil }
                let rotated = try rotate(lookup.session, grantID: lookup.session.activeGrantID, now: now, in: connection)
                // The emailed code confirms who this is, as a password does (signing a report, issue 9 item 7).
                try connection.run("UPDATE sessions SET reconfirmed_at = ? WHERE id = ?", [Timestamp.format(now), lookup.session.id])
                return rotated
            }
        }
    }

    public func endOtherSessions(userID: Int, except token: String?, in connection: Connection) throws {
        try connection.run("DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?", [userID, token.map(Self.hash) ?? ""])
    }

    /// Deletes expired sessions and stale sign-in throttles; returns the number of sessions deleted.
    @discardableResult
    public func purgeExpired() throws -> Int {
        let now = time.now()
        return try database.write { connection in
            try connection.transaction {
                let deleted = try connection.run(
                    """
                    DELETE FROM sessions WHERE created_at <= ?
                       OR (user_id IS NOT NULL AND last_seen_at <= ?) OR (user_id IS NULL AND last_seen_at <= ?)
                    """, [cutoff(now, Self.absoluteTimeout), cutoff(now, Self.idleTimeout), cutoff(now, Self.anonymousIdleTimeout)])
                try SignInThrottle().purge(now: now, in: connection)
                return deleted
            }
        }
    }

    static func hash(_ token: String) -> String {
        Digest.sha256Hex(token)
    }

    struct Lookup {
        let session: Session
        let lastSeenAt: String
        let isLive: Bool
    }

    func find(hash: String, now: Date, in connection: Connection) throws -> Lookup? {
        guard let row = try connection.queryOne(
            "SELECT s.*, u.active AS user_active FROM sessions s LEFT JOIN users u ON u.id = s.user_id WHERE s.token_hash = ?",
            [hash]) else { return nil }
        let userID = try row.optionalInt("user_id")
        let session = Session(id: try row.int("id"), userID: userID, activeGrantID: try row.optionalInt("active_grant_id"),
                              csrfToken: try row.string("csrf_token"), secondFactorPending: try row.bool("second_factor_pending"))
        let lastSeen = try row.string("last_seen_at")
        let idle = userID == nil ? Self.anonymousIdleTimeout : Self.idleTimeout
        let live = try row.string("created_at") > cutoff(now, Self.absoluteTimeout) && lastSeen > cutoff(now, idle)
            && (userID == nil || (try row.optionalBool("user_active")) == true)
        return Lookup(session: session, lastSeenAt: lastSeen, isLive: live)
    }

    /// Keeps created_at, so that neither a role switch nor the second factor extends the 12 hours.
    func rotate(_ session: Session, grantID: Int?, now: Date, in connection: Connection) throws -> (token: String, session: Session) {
        let token = SecureRandom.token()
        let csrf = SecureRandom.token()
        try connection.run(
            "UPDATE sessions SET token_hash = ?, csrf_token = ?, active_grant_id = ?, second_factor_pending = 0, last_seen_at = ? WHERE id = ?",
            [Self.hash(token), csrf, grantID, Timestamp.format(now), session.id])
        return (token, Session(id: session.id, userID: session.userID, activeGrantID: grantID, csrfToken: csrf, secondFactorPending: false))
    }

    private func insert(userID: Int?, grantID: Int?, pending: Bool, clientAddress: String, createdAt: String,
                        in connection: Connection) throws -> (token: String, session: Session) {
        let token = SecureRandom.token()
        let csrf = SecureRandom.token()
        try connection.run(
            """
            INSERT INTO sessions (token_hash, user_id, active_grant_id, csrf_token, second_factor_pending, client_address, created_at,
                                  last_seen_at, reconfirmed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [Self.hash(token), userID, grantID, csrf, pending, clientAddress, createdAt, createdAt,
                  // Signing in with the password is a confirmation: signing a report in the next 10 minutes asks for nothing more.
                  userID != nil && !pending ? createdAt : nil])
        let session = Session(id: Int(connection.lastInsertRowID), userID: userID, activeGrantID: grantID, csrfToken: csrf,
                              secondFactorPending: pending)
        return (token, session)
    }

    private func cutoff(_ now: Date, _ interval: TimeInterval) -> String {
        Timestamp.format(now.addingTimeInterval(-interval))
    }
}
