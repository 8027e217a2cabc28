/// The teacher as the exporting appropriate body holds them.
public struct ExportedECT: Codable, Sendable, Equatable {
    public var firstName: String
    public var lastName: String
    public var trn: String
    public var dateOfBirth: String?
    public var qtsDate: String?
    public var email: String
    public var inductionStartDate: String
    public var ftePercent: Int
    public var trainingProgramme: String
    public var leadProvider: String
    public var previousAppropriateBody: String
    /// SG 2.34: served before the exporting AB, as it recorded it (thousandths).
    public var termsServedBeforeThousandths: Int

    public var fullName: String { "\(firstName) \(lastName)" }

    enum CodingKeys: String, CodingKey {
        case firstName = "first_name", lastName = "last_name", trn, dateOfBirth = "date_of_birth", qtsDate = "qts_date", email
        case inductionStartDate = "induction_start_date", ftePercent = "fte_percent", trainingProgramme = "training_programme"
        case leadProvider = "lead_provider", previousAppropriateBody = "previous_appropriate_body"
        case termsServedBeforeThousandths = "terms_served_before_thousandths"
    }
}
