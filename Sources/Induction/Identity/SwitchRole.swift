import Foundation

/// A signed-in person acts in another of their roles: the session gets a new token (design.md
/// "Sessions") and the switch is audited, in one transaction.
public struct SwitchRole: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Nil when the session is not live and signed in, or the grant is not the user's.
    public func switchRole(_ token: String, to grantID: Int, author: Author) throws -> (token: String, session: Session)? {
        let sessions = SessionStore(database: store.database, time: store.time)
        return try store.change { c, stamp in
            let now = store.time.now()
            guard let lookup = try sessions.find(hash: SessionStore.hash(token), now: now, in: c), lookup.isLive,
                  let userID = lookup.session.userID, !lookup.session.secondFactorPending,
                  let principal = try sessions.directory.principal(userID: userID, activeGrantID: grantID, c)
            else { return nil }
            let rotated = try sessions.rotate(lookup.session, grantID: grantID, now: now, in: c)
            try AuditEvent(author: author, action: .roleSwitched, recordType: "role_grant", recordID: grantID,
                           detail: principal.active.label)
                .record(in: c, at: stamp)
            return rotated
        }
    }
}
