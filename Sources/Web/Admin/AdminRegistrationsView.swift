import Induction
import Templates

/// School registration requests as the admin pages show them.
enum AdminRegistrationsView {
    static func request(_ request: SchoolRegistrationRequest) -> TemplateValue {
        [
            "id": .int(request.id),
            "urn": .string(request.urn),
            "schoolName": .string(request.schoolName),
            "requesterName": .string(request.requesterName),
            "requesterRole": .string(request.requesterRole.title),
            "requesterEmail": .string(request.requesterEmail),
            "received": .string(DisplayTime.format(request.createdAt)),
            "receivedISO": .string(request.createdAt),
            "authoriseAction": .string("/admin/registrations/\(request.id)/authorise"),
            "rejectHref": .string("/admin/registrations/\(request.id)/reject"),
            "existingAccount": TemplateValue(request.matchingAccountName.map {
                "This email address belongs to an existing account, \($0). Authorising adds the role of "
                    + "\(request.requesterRole.title.lowercased()) at \(request.schoolName) to that account; its name is kept."
            }),
        ]
    }

    /// The banner after a decision, read back from the request so the page never echoes the query.
    /// `account` is the user the authorised request's email belongs to.
    static func confirmation(authorised: SchoolRegistrationRequest?, account: User?, rejected: SchoolRegistrationRequest?) -> TemplateValue {
        if let request = authorised, request.status == .authorised, request.grantedToExistingAccount, let account {
            let role = request.requesterRole.title.lowercased()
            return .string("\(request.schoolName) (URN \(request.urn)) can now use Induct. \(account.name) already has an account; "
                + "they are now also \(role) at \(request.schoolName). "
                + (account.hasPassword ? "We have emailed them to tell them." : "We have emailed them a new invitation to set a password."))
        }
        if let request = authorised, request.status == .authorised {
            return .string("\(request.schoolName) (URN \(request.urn)) can now use Induct. We have emailed \(request.requesterName) an invitation to set a password.")
        }
        if let request = rejected, request.status == .rejected {
            return .string("You rejected the request from \(request.schoolName) (URN \(request.urn)). We have emailed \(request.requesterName) your reason.")
        }
        return .null
    }
}
