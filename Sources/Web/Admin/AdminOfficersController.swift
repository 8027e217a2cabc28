import Foundation
import HTTP
import Induction
import Templates

/// Appropriate-body admins invite officers: a name and an email address. A new person is emailed an
/// invitation to set a password; someone who already has an account is told about the new role.
struct AdminOfficersController: Sendable {
    static let fields = [
        FormField(name: "name", label: "Full name", autocomplete: "off"),
        FormField.email("email", label: "Email address"),
    ]
    let services: Services
    let pages: PageRenderer

    func new(_ context: RequestContext) throws -> HTTPResponse {
        var confirmation: TemplateValue = .null
        if let text = context.request.queryValue("invited"), text.count <= 18, let id = Int(text), id > 0,
           let user = try services.reader.officer(userID: id) {
            let kept = context.request.queryValue("name-kept") == "1"
                ? " This email belongs to an existing account named \(user.name); the account's name is kept." : ""
            confirmation = .string((user.hasPassword
                ? "\(user.name) is now an appropriate body officer. We have emailed \(user.email) to tell them."
                : "We have emailed \(user.name) at \(user.email) an invitation to set a password. The link works for 7 days.") + kept)
        }
        return try render(context, FormView(fields: Self.fields), confirmation: confirmation, status: 200)
    }

    func create(_ context: RequestContext) throws -> HTTPResponse {
        let form = context.form
        var errors: [String: String]
        switch InvitationForm(name: form["name"], email: form["email"]).validate() {
        case .failure(let invalid):
            errors = invalid.messages
        case .success(let invitee):
            do {
                let result = try services.grantRole.grant(.abOfficer, to: invitee, schoolID: nil, author: context.author)
                return .redirect(to: "/admin/officers/new?invited=\(result.userID)" + (result.keptAccountName == nil ? "" : "&name-kept=1"))
            } catch let error as RoleGrantError {
                errors = [error == .invalidName ? "name" : "email": error.message]
            }
        }
        return try render(context, FormView(fields: Self.fields, form: form, errors: errors), confirmation: .null, status: 422)
    }

    private func render(_ context: RequestContext, _ form: FormView, confirmation: TemplateValue, status: Int) throws -> HTTPResponse {
        var values = form.templateValues
        values["confirmation"] = confirmation
        return try pages.render("pages/admin/officer_new", title: "Invite an appropriate body officer", context: context,
                                status: status, values: values)
    }
}
