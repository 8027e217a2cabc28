import SQLite

/// A concern an ECT sent to the appropriate body's named contact (SG 2.28, 2.64), and its reply.
public struct ECTConcern: Sendable, Equatable, Identifiable {
    public var id: Int
    public var ectID: Int
    public var ectName: String
    public var schoolName: String
    public var raisedAt: String
    public var subject: String
    public var body: String
    public var state: ConcernState
    public var reply: String?
    public var repliedByName: String?
    public var repliedAt: String?

    static let selectSQL = """
        SELECT c.*, e.first_name || ' ' || e.last_name AS ect_name, s.name AS school_name, u.name AS replied_by_name
        FROM ect_concerns c JOIN ects e ON e.id = c.ect_id JOIN schools s ON s.id = e.school_id
        LEFT JOIN users u ON u.id = c.replied_by
        """

    init(row: Row) throws {
        guard let state = ConcernState(rawValue: try row.string("state")) else {
            throw RecordDecodingError(table: "ect_concerns", column: "state", id: try row.int("id"))
        }
        self.init(id: try row.int("id"), ectID: try row.int("ect_id"), ectName: try row.string("ect_name"),
                  schoolName: try row.string("school_name"), raisedAt: try row.string("raised_at"), subject: try row.string("subject"),
                  body: try row.string("body"), state: state, reply: try row.optionalString("reply"),
                  repliedByName: try row.optionalString("replied_by_name"), repliedAt: try row.optionalString("replied_at"))
    }

    public init(id: Int, ectID: Int, ectName: String, schoolName: String, raisedAt: String, subject: String, body: String,
                state: ConcernState, reply: String?, repliedByName: String?, repliedAt: String?) {
        self.id = id
        self.ectID = ectID
        self.ectName = ectName
        self.schoolName = schoolName
        self.raisedAt = raisedAt
        self.subject = subject
        self.body = body
        self.state = state
        self.reply = reply
        self.repliedByName = repliedByName
        self.repliedAt = repliedAt
    }
}
