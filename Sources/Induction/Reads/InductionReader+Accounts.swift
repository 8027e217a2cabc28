import Foundation
import SQLite

extension InductionReader {
    /// What the account page shows about the second factor, from one snapshot: the person's own
    /// choice, and whether the AB's setting requires it for any of their roles.
    public func secondFactor(userID: Int, grants: [RoleGrant]) throws -> (enabled: Bool, required: Bool) {
        try database.read { c in
            let enabled = try c.scalarInt("SELECT second_factor_enabled FROM users WHERE id = ?", [userID]) ?? 0 == 1
            let settings = try AppropriateBodySettings.load(c)
            return (enabled, grants.contains { settings.secondFactorRequired(for: $0.role) })
        }
    }

    /// The active person a live invitation or reset link belongs to, or nil.
    public func linkHolder(token: String, purpose: OneTimeTokenPurpose, now: Date) throws -> User? {
        try database.read { try SetPasswordFromLink.holder(token: token, purpose: purpose, now: now, $0) }
    }
}
