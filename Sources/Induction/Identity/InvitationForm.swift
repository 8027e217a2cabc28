import Foundation

/// The name and email address of someone invited to a role, as typed: the school's "add a member of
/// staff" form and the admin's "invite an officer" form both check them here.
public struct InvitationForm: Sendable, Equatable {
    public var name: String
    public var email: String

    public init(name: String = "", email: String = "") {
        self.name = name
        self.email = email
    }

    /// The invitee, or messages keyed by "name" and "email".
    public func validate() -> Result<Invitee, ValidationErrors> {
        var errors: [String: String] = [:]
        if name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { errors["name"] = "Enter their full name" }
        let address = EmailAddress.normalise(email)
        if email.trimmingCharacters(in: .whitespaces).isEmpty {
            errors["email"] = "Enter their email address"
        } else if address == nil {
            errors["email"] = RoleGrantError.invalidEmail.message
        }
        guard errors.isEmpty, let address else { return .failure(ValidationErrors(errors)) }
        return .success(Invitee(name: name, email: address))
    }
}
