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
}
