import Foundation
import SQLite

extension InductionReader {
    /// The registrations page: pending requests, and the requests named by `?authorised=` and
    /// `?rejected=` when given.
    public func schoolRegistrationsPage(authorisedID: Int? = nil, rejectedID: Int? = nil) throws -> SchoolRegistrationsPage {
        try database.read { c in
            let authorised = try authorisedID.flatMap { try Self.schoolRegistrationRequest(id: $0, c) }
            return SchoolRegistrationsPage(
                pending: try c.query(SchoolRegistrationRequest.select + " WHERE r.status = 'pending' ORDER BY r.created_at, r.id")
                    .map(SchoolRegistrationRequest.init(row:)),
                authorised: authorised,
                authorisedAccount: try authorised.flatMap { try AccountDirectory().user(email: $0.requesterEmail, c) },
                rejected: try rejectedID.flatMap { try Self.schoolRegistrationRequest(id: $0, c) })
        }
    }

    public func schoolRegistrationRequest(id: Int) throws -> SchoolRegistrationRequest? {
        try database.read { try Self.schoolRegistrationRequest(id: id, $0) }
    }

    public func appropriateBodySettings() throws -> AppropriateBodySettings {
        try database.read { try AppropriateBodySettings.load($0) }
    }

    /// The service's appropriate body, or nil before seeding.
    public func appropriateBodyProfile() throws -> AppropriateBodyProfile? {
        try database.read { try AppropriateBodyProfile.load($0) }
    }

    /// The AB's own dates for each year, nil for a year that uses England's defaults.
    public func storedTermDates(academicYears: [Int]) throws -> [(year: Int, stored: AcademicYearTerms?)] {
        try database.read { c in
            try academicYears.map { ($0, try TermDatesStore().stored(academicYear: $0, c)) }
        }
    }

    public func storedTermDates(academicYear: Int) throws -> AcademicYearTerms? {
        try storedTermDates(academicYears: [academicYear])[0].stored
    }

    /// The audit trail newest first; `window` picks the page from the total.
    public func auditEvents(_ filter: AuditFilter, window: (_ total: Int) -> (limit: Int, offset: Int)) throws -> PagedList<AuditEvent> {
        let log = AuditLog()
        return try paged(count: { try log.count(filter, $0) }, items: { limit, offset, c in
            var page = filter
            page.limit = limit
            page.offset = offset
            return try log.entries(page, c)
        }, window: window)
    }

    /// The email outbox newest first, all or with one status; `window` picks the page from the total.
    public func outboxMessages(status: OutboxStatus?,
                               window: (_ total: Int) -> (limit: Int, offset: Int)) throws -> PagedList<OutboxMessage> {
        let queries = OutboxQueries()
        return try paged(count: { try queries.count(status: status, $0) },
                         items: { try queries.messages(status: status, limit: $0, offset: $1, $2) }, window: window)
    }

    public func outboxMessage(id: Int) throws -> OutboxMessage? {
        try database.read { try OutboxQueries().message(id: id, $0) }
    }

    /// The person the officers page has just invited, or nil.
    public func officer(userID: Int) throws -> User? {
        try database.read { try AccountDirectory().user(id: userID, $0) }
    }

    private static func schoolRegistrationRequest(id: Int, _ c: Connection) throws -> SchoolRegistrationRequest? {
        try c.queryOne(SchoolRegistrationRequest.select + " WHERE r.id = ?", [id]).map(SchoolRegistrationRequest.init(row:))
    }
}
