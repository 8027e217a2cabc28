import HTTP
import Induction

/// The email outbox for appropriate-body admins: every queued message, newest first, and each
/// message's text. With no mail command configured, this is where invitations can be read.
struct AdminOutboxController: Sendable {
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let status = context.request.queryValue("status").flatMap(OutboxStatus.init(rawValue:))
        let requested = context.request.queryValue("page")
        let list = try services.reader.outboxMessages(status: status) { AdminPaging(requested: requested, total: $0).window }
        let (messages, paging) = (list.items, AdminPaging(requested: requested, total: list.total))
        let nouns = status.map(AdminOutboxView.nouns) ?? ("message", "messages")
        let title = "Email outbox" + (status.map { ": \($0.label)" } ?? "") + (paging.page > 1 ? ", page \(paging.page)" : "")
        return try pages.render("pages/admin/outbox", title: title, context: context, values: [
            "messages": .list(messages.map(AdminOutboxView.row)),
            "hasMessages": .bool(!messages.isEmpty),
            "statusOptions": AdminOutboxView.statusOptions(chosen: status),
            "pagination": paging.values(path: "/admin/outbox", filters: [("status", status?.rawValue ?? "")], nouns: nouns),
        ])
    }

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let id = try context.id("messageID")
        guard let stored = try services.reader.outboxMessage(id: id) else { throw HTTPError.notFound }
        let message = services.mailIsDelivered ? stored.maskingOneTimeSecrets : stored
        return try pages.render("pages/admin/outbox_message", title: "Email to \(message.recipient)", context: context,
                                values: AdminOutboxView.detail(message, masked: services.mailIsDelivered))
    }
}
