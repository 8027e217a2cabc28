extension InductionReader {
    /// One page of the appropriate body's list of schools, all or with one status; `window` turns the
    /// total into the page's limit and offset.
    public func schoolListings(status: SchoolListing.Status?,
                               window: (_ total: Int) -> (limit: Int, offset: Int)) throws -> PagedList<SchoolListing> {
        let directory = InductionDirectory()
        return try paged(count: { try directory.schoolListingCount(status: status, $0) }, items: { limit, offset, c in
            try directory.schoolListings(status: status, limit: limit, offset: offset, c)
        }, window: window)
    }

    /// A school's home page, or nil when there is no such school; cached until the next change.
    public func schoolHome(schoolID: Int, today: CalendarDate) throws -> SchoolHomePage? {
        let directory = InductionDirectory()
        return try cachedRead("school home \(schoolID) \(today.iso)") { c in
            guard let roster = try directory.roster(schoolID: schoolID, c), let listing = try directory.schoolListing(schoolID: schoolID, c),
                  let checks = try ProgrammeCheckRows.school(schoolID, c) else { return nil }
            return SchoolHomePage(roster: roster, listing: listing, staff: try directory.staff(schoolID: schoolID, c),
                                  pendingRegistrations: try directory.pendingRegistrations(schoolID: schoolID, c),
                                  left: try LeftECT.list(schoolID: schoolID, today: today, c),
                                  reportsToActOn: try c.query(ABReportRows.select() + """
                                       WHERE r.school_id = ? AND (r.state = 'returned'
                                          OR (r.state IN ('draft', 'shared', 'awaiting-signatures') AND r.due_date < ?))
                                       ORDER BY r.due_date, r.id
                                       """, [schoolID, today.iso]).map(ABReportRows.row),
                                  programmeChecks: checks)
        }
    }
}
