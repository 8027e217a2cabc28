import Foundation
import HTTP
import Induction

/// Forgotten passwords, reset and invitation links, and changing a password when signed in.
struct PasswordController: Sendable {
    static let newPasswordFields = [
        FormField.password("password", label: "New password", hint: "Use \(PasswordPolicy.minimumLength) characters or more. A few unrelated words are easy to remember and hard to guess."),
        FormField.password("confirmation", label: "Confirm new password"),
    ]
    static let changeFields = [FormField.password("current", label: "Current password", autocomplete: "current-password")] + newPasswordFields
    let services: Services
    let pages: PageRenderer

    func showForgot(_ context: RequestContext) throws -> HTTPResponse {
        try FormSession.ensure(context, services: services)
        return try pages.render("pages/forgot_password", title: "Reset your password", context: context,
                                values: FormView(fields: [FormField.email()]).templateValues)
    }

    /// The same answer whether or not the email has an account.
    func submitForgot(_ context: RequestContext) throws -> HTTPResponse {
        let email = context.form["email"]
        guard EmailAddress.normalise(email) != nil else {
            let message = email.isEmpty ? "Enter your email address" : "Enter an email address in the correct format, like name@example.org"
            return try pages.render("pages/forgot_password", title: "Reset your password", context: context, status: 422,
                                    values: FormView(fields: [FormField.email()], values: ["email": email], errors: ["email": message]).templateValues)
        }
        try RequestPasswordReset(store: services.store).request(email: email, author: context.author)
        return try pages.render("pages/forgot_password_sent", title: "Check your email", context: context, values: [:])
    }

    func showReset(_ context: RequestContext) throws -> HTTPResponse {
        try showLinkForm(context, .passwordReset, heading: "Choose a new password")
    }

    func submitReset(_ context: RequestContext) throws -> HTTPResponse {
        try submitNewPassword(context, .passwordReset, heading: "Choose a new password")
    }

    func showInvitation(_ context: RequestContext) throws -> HTTPResponse {
        try showLinkForm(context, .invitation, heading: "Set your password")
    }

    func submitInvitation(_ context: RequestContext) throws -> HTTPResponse {
        try submitNewPassword(context, .invitation, heading: "Set your password")
    }

    func showChange(_ context: RequestContext) throws -> HTTPResponse {
        try pages.render("pages/change_password", title: "Change your password", context: context,
                         values: FormView(fields: Self.changeFields).templateValues)
    }

    func submitChange(_ context: RequestContext) throws -> HTTPResponse {
        guard let principal = context.principal else { return .redirect(to: "/sign-in") }
        var errors = Self.newPasswordErrors(context.form)
        if context.form["current"].isEmpty { errors["current"] = "Enter your current password" }
        if errors.isEmpty {
            switch try ChangePassword(store: services.store).change(userID: principal.user.id, current: context.form["current"],
                                                                    new: context.form["password"], keepingSession: context.session.token,
                                                                    author: context.author) {
            case .changed:
                return .redirect(to: "/account?password-changed=1")
            case .wrongCurrentPassword:
                errors["current"] = "Your current password is not correct"
            case .rejected(let message):
                errors["password"] = message
            case .invalidToken:
                errors["current"] = "Your password could not be changed. Sign in again and try again"
            }
        }
        return try pages.render("pages/change_password", title: "Change your password", context: context, status: 422,
                                values: FormView(fields: Self.changeFields, errors: errors).templateValues)
    }

    private func linkHolder(_ context: RequestContext, _ purpose: OneTimeTokenPurpose) throws -> User? {
        try services.reader.linkHolder(token: context.parameters["token"] ?? "", purpose: purpose, now: services.time.now())
    }

    private func showLinkForm(_ context: RequestContext, _ purpose: OneTimeTokenPurpose, heading: String) throws -> HTTPResponse {
        guard let user = try linkHolder(context, purpose) else { return try expired(context) }
        try FormSession.ensure(context, services: services)
        return try passwordForm(context, heading: heading, user: user, errors: [:], status: 200)
    }

    private func submitNewPassword(_ context: RequestContext, _ purpose: OneTimeTokenPurpose, heading: String) throws -> HTTPResponse {
        let token = context.parameters["token"] ?? ""
        guard let person = try linkHolder(context, purpose) else { return try expired(context) }
        var errors = Self.newPasswordErrors(context.form)
        if errors.isEmpty {
            switch try SetPasswordFromLink(store: services.store).set(token: token, purpose: purpose, password: context.form["password"],
                                                                     author: context.author) {
            case .changed:
                return .redirect(to: "/sign-in?password-set=1")
            case .rejected(let message):
                errors["password"] = message
            case .invalidToken, .wrongCurrentPassword:
                return try expired(context)
            }
        }
        return try passwordForm(context, heading: heading, user: person, errors: errors, status: 422)
    }

    /// Passwords are never echoed back into a form.
    static func newPasswordErrors(_ form: FormValues) -> [String: String] {
        if form["password"].isEmpty { return ["password": "Enter a new password"] }
        if let problem = PasswordPolicy.problem(with: form["password"]) { return ["password": problem] }
        if form["confirmation"] != form["password"] { return ["confirmation": "The passwords do not match"] }
        return [:]
    }

    private func passwordForm(_ context: RequestContext, heading: String, user: User, errors: [String: String], status: Int) throws -> HTTPResponse {
        var values = FormView(fields: Self.newPasswordFields, errors: errors).templateValues
        values["heading"] = .string(heading)
        values["name"] = .string(user.name)
        values["email"] = .string(user.email)
        values["action"] = .string(context.request.path)
        values["minimumLength"] = .int(PasswordPolicy.minimumLength)
        return try pages.render("pages/set_password", title: heading, context: context, status: status, values: values)
    }

    private func expired(_ context: RequestContext) throws -> HTTPResponse {
        try pages.render("pages/link_expired", title: "This link has expired", context: context, status: 404, values: [:])
    }
}
