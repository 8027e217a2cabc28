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
            try DecisionRows.statuses(where: "r.state = 'accepted' AND d.id IS NULL", [], today: today, c)
        }
    }
}
