import SQLite

/// A headteacher's or induction lead's request for their school to use Induct.
public struct SchoolRegistrationRequest: Sendable, Equatable, Identifiable {
    public var id: Int
    public var urn: String
    public var schoolName: String
    public var requesterName: String
    public var requesterRole: Role
    public var requesterEmail: String
    /// "pending", "authorised" or "rejected".
    public var status: String
    public var rejectionReason: String
    public var createdAt: String
    public var decidedAt: String?

    public init(id: Int, urn: String, schoolName: String, requesterName: String, requesterRole: Role, requesterEmail: String,
                status: String, rejectionReason: String, createdAt: String, decidedAt: String?) {
        self.id = id
        self.urn = urn
        self.schoolName = schoolName
        self.requesterName = requesterName
        self.requesterRole = requesterRole
        self.requesterEmail = requesterEmail
        self.status = status
        self.rejectionReason = rejectionReason
        self.createdAt = createdAt
        self.decidedAt = decidedAt
    }

    init(row: Row) throws {
        guard let role = Role(rawValue: try row.string("requester_role")) else {
            throw RecordDecodingError(table: "school_registration_requests", column: "requester_role", id: try row.int("id"))
        }
        self.init(id: try row.int("id"), urn: try row.string("urn"), schoolName: try row.string("school_name"),
                  requesterName: try row.string("requester_name"), requesterRole: role,
                  requesterEmail: try row.string("requester_email"), status: try row.string("status"),
                  rejectionReason: try row.string("rejection_reason"), createdAt: try row.string("created_at"),
                  decidedAt: try row.optionalString("decided_at"))
    }
}
