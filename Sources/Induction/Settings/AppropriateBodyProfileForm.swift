import Foundation

/// The appropriate body details form as typed: checked field by field, with messages for people
/// (keyed by field name), into an `AppropriateBodyProfile`.
public struct AppropriateBodyProfileForm: Sendable, Equatable {
    /// Field names in the form's order, with how each fee is named in a message.
    public static let feeFields: [(field: String, label: String)] = [
        ("progressReviewFee", "progress review fee"), ("formalAssessmentFee", "formal assessment fee"),
        ("interimAssessmentFee", "interim assessment fee"), ("annualFeePerECT", "annual fee for each ECT"),
    ]
    public static let fieldNames = ["name", "contactName", "contactEmail", "contactPhone"] + feeFields.map(\.field)

    public var values: [String: String]

    public init(values: [String: String]) {
        self.values = values
    }

    /// The form filled from what is stored, fees as "50.00".
    public init(_ profile: AppropriateBodyProfile) {
        values = [
            "name": profile.name, "contactName": profile.contactName, "contactEmail": profile.contactEmail,
            "contactPhone": profile.contactPhone,
            "progressReviewFee": PoundsAndPence.text(pence: profile.progressReviewFeePence),
            "formalAssessmentFee": PoundsAndPence.text(pence: profile.formalAssessmentFeePence),
            "interimAssessmentFee": PoundsAndPence.text(pence: profile.interimAssessmentFeePence),
            "annualFeePerECT": PoundsAndPence.text(pence: profile.annualFeePerECTPence),
        ]
    }

    /// The profile for body `id`, or the message for each field that is wrong.
    public func validate(id: Int) -> Result<AppropriateBodyProfile, ValidationErrors> {
        var errors: [String: String] = [:]
        let name = TextCleaning.singleLine(values["name"] ?? "")
        if name.isEmpty { errors["name"] = "Enter the appropriate body’s name" }
        else if name.count > 200 { errors["name"] = "Appropriate body name must be 200 characters or fewer" }

        let contactName = TextCleaning.singleLine(values["contactName"] ?? "")
        if contactName.isEmpty { errors["contactName"] = "Enter the name of the contact for ECTs" }
        else if contactName.count > 200 { errors["contactName"] = "Contact name must be 200 characters or fewer" }

        let emailText = values["contactEmail"] ?? ""
        let email = EmailAddress.normalise(emailText)
        if emailText.trimmingCharacters(in: .whitespaces).isEmpty { errors["contactEmail"] = "Enter the contact’s email address" }
        else if email == nil { errors["contactEmail"] = "Enter an email address in the correct format, like name@example.com" }

        let phone = TextCleaning.singleLine(values["contactPhone"] ?? "")
        if phone.count > 40 { errors["contactPhone"] = "Phone number must be 40 characters or fewer" }
        else if !phone.allSatisfy({ ($0.isASCII && $0.isNumber) || " +()".contains($0) }) {
            errors["contactPhone"] = "Enter a phone number using only numbers, spaces, + and brackets"
        }

        var fees: [Int] = []
        for (field, label) in Self.feeFields {
            let text = values[field] ?? ""
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                errors[field] = "Enter the \(label) in pounds, like 50 or 50.00 (0 if you do not charge one)"
            } else if let pence = PoundsAndPence.pence(from: text) {
                if pence > PoundsAndPence.maximumPence { errors[field] = "The \(label) must be £100,000 or less" }
                fees.append(pence)
            } else {
                errors[field] = "Enter the \(label) in pounds and pence, like 50 or 50.00"
            }
        }
        guard errors.isEmpty, let email, fees.count == 4 else { return .failure(ValidationErrors(errors)) }
        return .success(AppropriateBodyProfile(
            id: id, name: name, contactName: contactName, contactEmail: email, contactPhone: phone,
            progressReviewFeePence: fees[0], formalAssessmentFeePence: fees[1],
            interimAssessmentFeePence: fees[2], annualFeePerECTPence: fees[3]))
    }
}
