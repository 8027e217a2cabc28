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
}
