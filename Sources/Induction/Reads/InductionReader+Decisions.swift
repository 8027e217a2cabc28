/// Issue 10 item 3: the appropriate body's decisions and their statutory clocks.
extension InductionReader {
    /// The ECT's decision (recorded or not) once the final assessment has reached the appropriate
    /// body, with every started clock; nil before that.
    public func decision(ectID: Int, today: CalendarDate) throws -> DecisionStatus? {
        try database.read { c in
            try DecisionRows.statuses(where: "r.ect_id = ? AND r.state IN ('submitted', 'accepted')", [ectID], today: today, c).first
        }
    }

    /// ECTs whose final assessment is accepted and whose outcome is not yet recorded, the longest
    /// waiting first, with their clocks and which are late.
    public func decisionsDue(today: CalendarDate) throws -> [DecisionStatus] {
        try database.read { c in
            try DecisionRows.statuses(where: Self.decisionDue, [], today: today, c)
        }
    }

    /// One page of `decisionsDue` (issue 12 item 2): `window` turns the total into limit and offset.
    public func decisionsDue(today: CalendarDate, window: (_ total: Int) -> (limit: Int, offset: Int)) throws -> PagedList<DecisionStatus> {
        try paged(count: { try DecisionRows.count(where: Self.decisionDue, [], $0) },
                  items: { limit, offset, c in try DecisionRows.statuses(where: Self.decisionDue, [], today: today, page: (limit, offset), c) },
                  window: window)
    }

    static let decisionDue = "r.state = 'accepted' AND d.id IS NULL"
}

extension InductionReader {
    /// The letter for a recorded decision, or nil while there is none; one snapshot.
    public func decisionLetter(ectID: Int, today: CalendarDate) throws -> DecisionLetter? {
        try database.read { c in
            guard let status = try DecisionRows.statuses(where: "r.ect_id = ? AND r.state IN ('submitted', 'accepted')", [ectID],
                                                         today: today, c).first,
                  let decision = status.decision else { return nil }
            let profile = try AppropriateBodyProfile.load(c)
            let heads = try c.query("""
                SELECT u.name FROM users u JOIN role_grants g ON g.user_id = u.id JOIN ects e ON e.school_id = g.school_id
                WHERE e.id = ? AND g.role = 'headteacher' ORDER BY u.name
                """, [ectID]).map { try $0.string("name") }
            return DecisionLetter(status: status, decision: decision, appropriateBodyName: profile?.name ?? "The appropriate body",
                                  contactName: profile?.contactName ?? "", contactEmail: profile?.contactEmail ?? "", headteachers: heads)
        }
    }
}
