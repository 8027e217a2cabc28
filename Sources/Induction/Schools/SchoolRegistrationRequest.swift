import SQLite

/// A headteacher's or induction lead's request for their school to use Induct.
public struct SchoolRegistrationRequest: Sendable, Equatable, Identifiable {
    public var id: Int
    public var urn: String
    public var schoolName: String
    public var requesterName: String
    public var requesterRole: Role
    public var requesterEmail: String
    public var status: RegistrationRequestStatus
    public var rejectionReason: String
    public var createdAt: String
    public var decidedAt: String?
    /// Issue 7 item 12: the name of the account the requester's email belongs to, if one does. While
    /// pending it is the match the admin sees; once authorised, the account that holds the new role.
    public var matchingAccountName: String?
    /// Set once authorised: the role went to an account that existed before, whose name was kept.
    public var grantedToExistingAccount: Bool

    public init(id: Int, urn: String, schoolName: String, requesterName: String, requesterRole: Role, requesterEmail: String,
                status: RegistrationRequestStatus, rejectionReason: String, createdAt: String, decidedAt: String?,
                matchingAccountName: String? = nil, grantedToExistingAccount: Bool = false) {
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
        self.matchingAccountName = matchingAccountName
        self.grantedToExistingAccount = grantedToExistingAccount
    }

    init(row: Row) throws {
        guard let role = Role(rawValue: try row.string("requester_role")) else {
            throw RecordDecodingError(table: "school_registration_requests", column: "requester_role", id: try row.int("id"))
        }
        guard let status = RegistrationRequestStatus(rawValue: try row.string("status")) else {
            throw RecordDecodingError(table: "school_registration_requests", column: "status", id: try row.int("id"))
        }
        self.init(id: try row.int("id"), urn: try row.string("urn"), schoolName: try row.string("school_name"),
                  requesterName: try row.string("requester_name"), requesterRole: role,
                  requesterEmail: try row.string("requester_email"), status: status,
                  rejectionReason: try row.string("rejection_reason"), createdAt: try row.string("created_at"),
                  decidedAt: try row.optionalString("decided_at"), matchingAccountName: try row.optionalString("account_name"),
                  grantedToExistingAccount: try row.optionalInt("existing_user_id") != nil)
    }

    /// Every request column, with the name of the account its email belongs to (the users column is NOCASE).
    static let select = """
        SELECT r.*, (SELECT u.name FROM users u WHERE u.email = r.requester_email) AS account_name
        FROM school_registration_requests r
        """
}
