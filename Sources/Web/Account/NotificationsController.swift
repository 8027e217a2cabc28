import HTTP
import Induction
import Templates

/// Issue 11 item 6: GET /account/notifications lists a person's notifications, newest first, with the
/// kinds they want by email; POST …/read marks them read; POST …/preferences saves the choices.
struct NotificationsController: Sendable {
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        guard let principal = context.principal else { return .redirect(to: "/sign-in") }
        let found = try services.reader.notifications(userID: principal.user.id)
        return try pages.render("pages/account_notifications", title: "Your notifications", context: context, values: [
            "unread": .int(found.unread),
            "hasUnread": .bool(found.unread > 0),
            "saved": .bool(context.request.queryValue("saved") == "1"),
            "hasNotifications": .bool(!found.items.isEmpty),
            "notifications": .list(found.items.map { item in
                ["title": .string(item.title), "href": TemplateValue(item.link), "when": .string(DisplayTime.format(item.createdAt)),
                 "unread": .bool(item.readAt == nil), "kind": .string(item.kind.label)]
            }),
            "kinds": .list(NotificationKind.allCases.map { kind in
                ["value": .string(kind.rawValue), "label": .string(kind.label), "statutory": .bool(kind.isStatutory),
                 "checked": .bool(kind.isStatutory || !found.emailOff.contains(kind))]
            }),
        ])
    }

    func markRead(_ context: RequestContext) throws -> HTTPResponse {
        guard let principal = context.principal else { return .redirect(to: "/sign-in") }
        try MarkNotificationsRead(store: services.store).markAll(userID: principal.user.id)
        return .redirect(to: "/account/notifications")
    }

    func savePreferences(_ context: RequestContext) throws -> HTTPResponse {
        guard let principal = context.principal else { return .redirect(to: "/sign-in") }
        let wanted = Set(context.form.pairs.filter { $0.name == "email" }.compactMap { NotificationKind(rawValue: $0.value) })
        try SaveNotificationPreferences(store: services.store).save(emailFor: wanted, userID: principal.user.id, author: context.author)
        return .redirect(to: "/account/notifications?saved=1#email")
    }
}
