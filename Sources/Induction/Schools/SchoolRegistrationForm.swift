import Foundation

/// The public "register your school" form, as typed. `validate` returns the checked request, or one
/// message per field.
public struct SchoolRegistrationForm: Sendable, Equatable {
    public static let requesterRoles: [Role] = [.headteacher, .inductionLead]

    public var urn: String
    public var schoolName: String
    public var requesterName: String
    /// "headteacher" or "induction_lead".
    public var requesterRole: String
    public var requesterEmail: String

    public init(urn: String = "", schoolName: String = "", requesterName: String = "", requesterRole: String = "",
                requesterEmail: String = "") {
        self.urn = urn
        self.schoolName = schoolName
        self.requesterName = requesterName
        self.requesterRole = requesterRole
        self.requesterEmail = requesterEmail
    }

    /// Messages keyed by field name: "urn", "schoolName", "requesterName", "requesterRole", "requesterEmail".
    public func validate() -> Result<SchoolRegistrationDraft, ValidationErrors> {
        var errors: [String: String] = [:]
        if cleanURN.isEmpty {
            errors["urn"] = "Enter your school's URN"
        } else if cleanURN.count != 6 || !cleanURN.allSatisfy({ $0.isASCII && $0.isNumber }) {
            errors["urn"] = "Enter a URN of 6 digits, like 123456"
        }
        if cleanSchoolName.isEmpty {
            errors["schoolName"] = "Enter the school name"
        } else if cleanSchoolName.count > 200 {
            errors["schoolName"] = "School name must be 200 characters or fewer"
        }
        if cleanRequesterName.isEmpty {
            errors["requesterName"] = "Enter your full name"
        } else if cleanRequesterName.count > 200 {
            errors["requesterName"] = "Your name must be 200 characters or fewer"
        }
        if role == nil {
            errors["requesterRole"] = "Select your role"
        }
        if requesterEmail.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            errors["requesterEmail"] = "Enter your email address"
        } else if normalisedEmail == nil {
            errors["requesterEmail"] = "Enter your email address in the correct format, like name@example.org"
        }
        guard errors.isEmpty, let role = role, let email = normalisedEmail else { return .failure(ValidationErrors(errors)) }
        return .success(SchoolRegistrationDraft(urn: cleanURN, schoolName: cleanSchoolName, requesterName: cleanRequesterName,
                                                requesterRole: role, requesterEmail: email))
    }

    private var cleanURN: String { TextCleaning.singleLine(urn).replacingOccurrences(of: " ", with: "") }
    private var cleanSchoolName: String { TextCleaning.singleLine(schoolName) }
    private var cleanRequesterName: String { TextCleaning.singleLine(requesterName) }
    private var normalisedEmail: String? { EmailAddress.normalise(requesterEmail) }
    private var role: Role? { Role(rawValue: requesterRole).flatMap { Self.requesterRoles.contains($0) ? $0 : nil } }
}
