extension RoleGrant {
    /// The role a person acts in when they sign in, from `grants` in `AccountDirectory`'s order.
    /// Issue 7 item 13: a role that another school granted later never becomes the landing role, so
    /// one school cannot change where another school's staff land: only appropriate body roles and
    /// roles at the school of the person's first school role (their lowest grant id) qualify.
    public static func landing(_ grants: [RoleGrant]) -> RoleGrant? {
        let home = grants.filter { $0.schoolID != nil }.min { $0.id < $1.id }?.schoolID
        return grants.first { $0.schoolID == nil || $0.schoolID == home }
    }
}
