/// A column of the ECT import CSV and the registration form field it fills. The names are the
/// header row of the template; headers match case-insensitively.
public struct ECTCSVColumn: Sendable, Equatable {
    public let name: String
    /// The `ECTRegistrationForm` field name, or "schoolURN".
    public let field: String
    /// What the import page says about it.
    public let description: String

    public static let schoolURN = ECTCSVColumn(name: "school_urn", field: "schoolURN",
                                               description: "The school's 6-digit unique reference number (appropriate body imports only)")

    public static let ectColumns: [ECTCSVColumn] = [
        .init(name: "first_name", field: "firstName", description: "First name"),
        .init(name: "last_name", field: "lastName", description: "Last name"),
        .init(name: "email", field: "email", description: "Email address (optional)"),
        .init(name: "trn", field: "trn", description: "Teacher reference number: 7 digits"),
        .init(name: "date_of_birth", field: "dateOfBirth", description: "Date of birth, like 2026-09-01 or 01/09/2026"),
        .init(name: "qts_date", field: "qtsDate", description: "QTS award date, like 2026-07-14 or 14/07/2026"),
        .init(name: "induction_start_date", field: "inductionStart", description: "Induction start date, like 2026-09-01 or 01/09/2026"),
        .init(name: "fte", field: "fte", description: "Working pattern from 0.1 to 1.0, like 0.8"),
        .init(name: "training_programme", field: "trainingProgramme", description: "provider-led or school-led"),
        .init(name: "lead_provider", field: "leadProvider", description: "Lead provider (needed for provider-led)"),
        .init(name: "induction_tutor_email", field: "tutor",
              description: "Email address of the induction tutor's account at the school: an induction tutor or the headteacher "
                  + "(optional)"),
        .init(name: "mentor_email", field: "mentor", description: "Email address of the mentor's account at the school (optional)"),
        .init(name: "terms_served_elsewhere", field: "termsServedElsewhere", description: "Terms already served, 0 to 16 (optional)"),
        .init(name: "previous_appropriate_body", field: "previousAppropriateBody",
              description: "Appropriate body for terms already served (optional)"),
    ]

    /// The columns a file must have: the school's, or the appropriate body's with `school_urn` first.
    public static func columns(appropriateBodyLevel: Bool) -> [ECTCSVColumn] {
        appropriateBodyLevel ? [schoolURN] + ectColumns : ectColumns
    }

    /// The column name for a form field, for error rows.
    public static func name(forField field: String) -> String {
        ([schoolURN] + ectColumns).first { $0.field == field }?.name ?? field
    }
}
