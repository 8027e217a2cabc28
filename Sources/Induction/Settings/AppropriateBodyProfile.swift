import SQLite

/// The appropriate body's own details: its name, the named contact for ECTs who is not involved in
/// their assessment (SG 2.28, 2.64), and the fees it charges schools, agreed in advance (SG 2.26).
public struct AppropriateBodyProfile: Sendable, Equatable {
    public var id: Int
    public var name: String
    public var contactName: String
    public var contactEmail: String
    public var contactPhone: String
    public var progressReviewFeePence: Int
    public var formalAssessmentFeePence: Int
    public var interimAssessmentFeePence: Int
    public var annualFeePerECTPence: Int

    public init(id: Int, name: String, contactName: String = "", contactEmail: String = "", contactPhone: String = "",
                progressReviewFeePence: Int = 0, formalAssessmentFeePence: Int = 0,
                interimAssessmentFeePence: Int = 0, annualFeePerECTPence: Int = 0) {
        self.id = id
        self.name = name
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
        self.progressReviewFeePence = progressReviewFeePence
        self.formalAssessmentFeePence = formalAssessmentFeePence
        self.interimAssessmentFeePence = interimAssessmentFeePence
        self.annualFeePerECTPence = annualFeePerECTPence
    }

    /// True once the AB has named someone ECTs can go to.
    public var hasECTContact: Bool { !contactName.isEmpty && !contactEmail.isEmpty }

    /// The column and value of each field, in the form's order; the column names go in audit details.
    var columns: [(column: String, value: any SQLBindable)] {
        [("name", name), ("ect_contact_name", contactName), ("ect_contact_email", contactEmail),
         ("ect_contact_phone", contactPhone), ("progress_review_fee_pence", progressReviewFeePence),
         ("formal_assessment_fee_pence", formalAssessmentFeePence),
         ("interim_assessment_fee_pence", interimAssessmentFeePence), ("annual_fee_per_ect_pence", annualFeePerECTPence)]
    }

    /// The columns whose values differ from `other`'s.
    public func changedFields(from other: AppropriateBodyProfile) -> [String] {
        zip(columns, other.columns).filter { "\($0.value)" != "\($1.value)" }.map(\.0.column)
    }

    /// The service's appropriate body (there is one per installation), or nil before seeding.
    public static func load(_ connection: Connection) throws -> AppropriateBodyProfile? {
        guard let row = try connection.queryOne("SELECT * FROM appropriate_bodies ORDER BY id LIMIT 1") else { return nil }
        return AppropriateBodyProfile(
            id: try row.int("id"), name: try row.string("name"), contactName: try row.string("ect_contact_name"),
            contactEmail: try row.string("ect_contact_email"), contactPhone: try row.string("ect_contact_phone"),
            progressReviewFeePence: try row.int("progress_review_fee_pence"),
            formalAssessmentFeePence: try row.int("formal_assessment_fee_pence"),
            interimAssessmentFeePence: try row.int("interim_assessment_fee_pence"),
            annualFeePerECTPence: try row.int("annual_fee_per_ect_pence"))
    }

    /// Saves the changed fields with an "appropriate_body.updated" audit event naming them (never
    /// their values), in one transaction. Returns the changed column names; nothing is written when
    /// nothing changed.
    @discardableResult
    public func save(in connection: Connection, actor: String, actorUserID: Int?, clientAddress: String,
                     at timestamp: String) throws -> [String] {
        try connection.transaction {
            guard let current = try Self.load(connection), current.id == id else {
                throw AppropriateBodyProfileError.notFound
            }
            let changed = changedFields(from: current)
            guard !changed.isEmpty else { return [] }
            let assignments = columns.map { "\($0.column) = ?" }.joined(separator: ", ")
            _ = try connection.run("UPDATE appropriate_bodies SET \(assignments) WHERE id = ?", columns.map(\.value) + [id])
            try AuditEvent(actor: actor, actorUserID: actorUserID, action: .appropriateBodyUpdated,
                           recordType: "appropriate_body", recordID: id, detail: "changed: " + changed.joined(separator: ", "),
                           clientAddress: clientAddress)
                .record(in: connection, at: timestamp)
            return changed
        }
    }
}
