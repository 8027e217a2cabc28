import HTTP
import Induction

/// The signed-in person's own account: who they are, their roles, and switching between them.
struct AccountController: Sendable {
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        guard let principal = context.principal else { return .redirect(to: "/sign-in") }
        let secondFactor = try services.reader.secondFactor(userID: principal.user.id, grants: principal.grants)
        return try pages.render("pages/account", title: "Your account", context: context, values: [
            "secondFactorEnabled": .bool(secondFactor.enabled),
            "secondFactorRequired": .bool(secondFactor.required),
            "secondFactorSaved": .bool(context.request.queryValue("code-saved") != nil),
            "name": .string(principal.user.name),
            "email": .string(principal.user.email),
            "passwordChanged": .bool(context.request.queryValue("password-changed") != nil),
            "roles": .list(principal.grants.map { grant in
                ["id": .int(grant.id), "label": .string(grant.label), "active": .bool(grant.id == principal.active.id)]
            }),
        ])
    }

    /// Issue 11 item 7: the reminders about reports this person will get, soonest first.
    func reminders(_ context: RequestContext) throws -> HTTPResponse {
        guard let principal = context.principal else { return .redirect(to: "/sign-in") }
        let today = ReminderTime.standard.day(of: services.store.time.now())
        let upcoming = try services.reader.upcomingReminders(userID: principal.user.id, from: today)
        return try pages.render("pages/account_reminders", title: "Your reminders", context: context, values: [
            "hasReminders": .bool(!upcoming.isEmpty),
            "reminders": .list(upcoming.map { reminder in
                ["sendOn": .string(reminder.sendOn.ukLong), "stage": .string(reminder.stage.label),
                 "report": .string(reminder.reportTitle), "href": .string("/reports/\(reminder.reportID)"),
                 "dueDate": .string(reminder.dueDate.ukLong)]
            }),
        ])
    }

    func saveSecondFactor(_ context: RequestContext) throws -> HTTPResponse {
        guard let principal = context.principal else { return .redirect(to: "/sign-in") }
        // The audit names the person by email, as it always has for this choice.
        let author = Author(userID: principal.user.id, name: principal.user.email, role: principal.active.role,
                            clientAddress: context.clientAddress)
        try SetSecondFactor(store: services.store).set(userID: principal.user.id, enabled: context.form["secondFactor"] == "on",
                                                       author: author)
        return .redirect(to: "/account?code-saved=1")
    }

    /// A new session token on every role change (design.md).
    func switchRole(_ context: RequestContext) throws -> HTTPResponse {
        guard let token = context.session.token, let grantID = Int(context.form["grant"]),
              let (newToken, session) = try SwitchRole(store: services.store).switchRole(token, to: grantID, author: context.author),
              let principal = try services.sessions.resolve(newToken)?.principal
        else {
            throw HTTPError(status: 400, title: "That role could not be chosen", message: "Choose one of your roles from the list.")
        }
        context.session.adopt(token: newToken, session: session, principal: principal)
        return .redirect(to: HomePaths.home(for: principal.active))
    }
}
