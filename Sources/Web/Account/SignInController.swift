import Foundation
import HTTP
import Induction

/// Sign-in with email and password, the emailed code when one is needed, and sign-out.
struct SignInController: Sendable {
    static let fields = [FormField(name: "email", label: "Email address", type: "email", autocomplete: "username"),
                         FormField.password("password", label: "Password", autocomplete: "current-password")]
    static let codeField = FormField(name: "code", label: "Sign-in code", autocomplete: "one-time-code", width: "10")
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        if let principal = context.principal { return .redirect(to: HomePaths.home(for: principal.active)) }
        try FormSession.ensure(context, services: services)
        return try render(context, form: FormView(fields: Self.fields), status: 200)
    }

    func submit(_ context: RequestContext) throws -> HTTPResponse {
        let form = context.form
        var errors: [String: String] = [:]
        if form["email"].trimmingCharacters(in: .whitespaces).isEmpty { errors["email"] = "Enter your email address" }
        if form["password"].isEmpty { errors["password"] = "Enter your password" }
        if !errors.isEmpty { return try render(context, form: blankPassword(form, errors), status: 422) }
        switch try SignIn(store: services.store).signIn(email: form["email"], password: form["password"], author: context.author) {
        case .signedIn(let userID):
            let (token, session) = try services.sessions.start(userID: userID, secondFactorPending: false,
                                                                clientAddress: context.clientAddress, replacing: context.session.token)
            let principal = try services.sessions.resolve(token)?.principal
            context.session.adopt(token: token, session: session, principal: principal)
            let next = PercentEncoding.safeLocalPath(context.request.queryValue("next") ?? form["next"])
            return .redirect(to: next ?? principal.map { HomePaths.home(for: $0.active) } ?? "/account")
        case .secondFactorRequired(let userID):
            let (token, session) = try services.sessions.start(userID: userID, secondFactorPending: true,
                                                                clientAddress: context.clientAddress, replacing: context.session.token)
            context.session.adopt(token: token, session: session, principal: nil)
            return .redirect(to: "/sign-in/code")
        case .invalid:
            // The same words for an unknown email and a wrong password (design.md).
            return try render(context, form: blankPassword(form, ["email": "Enter a correct email address and password"]), status: 422)
        case .throttled(let seconds):
            var response = try render(context, form: blankPassword(form, ["email": "Too many attempts to sign in. Wait \(Self.duration(seconds)) and try again"]), status: 429)
            response.headers.set("Retry-After", String(seconds))
            return response
        }
    }

    func showCode(_ context: RequestContext) throws -> HTTPResponse {
        guard context.session.session?.secondFactorPending == true else { return .redirect(to: "/sign-in") }
        return try pages.render("pages/sign_in_code", title: "Enter your sign-in code", context: context,
                                values: FormView(fields: [Self.codeField]).templateValues)
    }

    func submitCode(_ context: RequestContext) throws -> HTTPResponse {
        guard let session = context.session.session, session.secondFactorPending, let userID = session.userID,
              let token = context.session.token else { return .redirect(to: "/sign-in") }
        let code = context.form["code"].filter { !$0.isWhitespace }
        let message: String
        switch try VerifySignInCode(store: services.store).verify(userID: userID, code: code, author: context.author) {
        case .verified:
            guard let (newToken, newSession) = try services.sessions.completeSecondFactor(token, clientAddress: context.clientAddress) else {
                return .redirect(to: "/sign-in")
            }
            let principal = try services.sessions.resolve(newToken)?.principal
            context.session.adopt(token: newToken, session: newSession, principal: principal)
            return .redirect(to: principal.map { HomePaths.home(for: $0.active) } ?? "/account")
        case .wrong(let remaining):
            message = code.count == 6 && code.allSatisfy(\.isNumber)
                ? "The code is not correct. You have \(remaining) \(remaining == 1 ? "try" : "tries") left"
                : "Enter the 6-digit code from the email"
        case .expiredOrUsedUp:
            message = "This code can no longer be used. Request a new code"
        }
        return try pages.render("pages/sign_in_code", title: "Enter your sign-in code", context: context, status: 422,
                                values: FormView(fields: [Self.codeField], values: ["code": code], errors: ["code": message]).templateValues)
    }

    func resendCode(_ context: RequestContext) throws -> HTTPResponse {
        guard let session = context.session.session, session.secondFactorPending, let userID = session.userID else {
            return .redirect(to: "/sign-in")
        }
        try SendSignInCode(store: services.store).send(userID: userID, author: context.author)
        return .redirect(to: "/sign-in/code")
    }

    func signOut(_ context: RequestContext) throws -> HTTPResponse {
        if let token = context.session.token { try SignOut(store: services.store).end(token, author: context.author) }
        context.session.clear()
        return .redirect(to: "/sign-in?signed-out=1")
    }

    private func blankPassword(_ form: FormValues, _ errors: [String: String]) -> FormView {
        FormView(fields: Self.fields, values: ["email": form["email"], "password": ""], errors: errors)
    }

    private func render(_ context: RequestContext, form: FormView, status: Int) throws -> HTTPResponse {
        var values = form.templateValues
        values["next"] = .string(PercentEncoding.safeLocalPath(context.request.queryValue("next") ?? context.form["next"]) ?? "")
        values["signedOut"] = .bool(context.request.queryValue("signed-out") != nil)
        values["passwordSet"] = .bool(context.request.queryValue("password-set") != nil)
        return try pages.render("pages/sign_in", title: "Sign in", context: context, status: status, values: values)
    }

    static func duration(_ seconds: Int) -> String {
        seconds < 60 ? "\(seconds) seconds" : "\((seconds + 59) / 60) minutes"
    }
}
