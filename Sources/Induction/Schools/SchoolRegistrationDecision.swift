import SQLite

/// What authorising and rejecting a school's request share: finding it still pending, and recording
/// the decision on it.
enum SchoolRegistrationDecision {
    static func pendingRequest(_ id: Int, _ c: Connection) throws -> SchoolRegistrationRequest? {
        try c.queryOne(SchoolRegistrationRequest.select + " WHERE r.id = ? AND r.status = 'pending'", [id])
            .map(SchoolRegistrationRequest.init(row:))
    }

    static func decide(_ id: Int, status: RegistrationRequestStatus, reason: String, author: Author, at stamp: String,
                       _ c: Connection) throws {
        try c.run(
            "UPDATE school_registration_requests SET status = ?, rejection_reason = ?, decided_by = ?, decided_at = ? WHERE id = ? AND status = 'pending'",
            [status.rawValue, reason, author.userID, stamp, id])
    }
}
