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
        ]
    }

    /// The banner after a decision, read back from the request so the page never echoes the query.
    static func confirmation(authorised: SchoolRegistrationRequest?, rejected: SchoolRegistrationRequest?) -> TemplateValue {
        if let request = authorised, request.status == "authorised" {
            return .string("\(request.schoolName) (URN \(request.urn)) can now use Induct. We have emailed \(request.requesterName) an invitation to set a password.")
        }
        if let request = rejected, request.status == "rejected" {
            return .string("You rejected the request from \(request.schoolName) (URN \(request.urn)). We have emailed \(request.requesterName) your reason.")
        }
        return .null
    }
}
