import Foundation
import HTTP
import Induction
import Templates

/// The audit trail for appropriate-body admins, newest first, filtered by a GET form. Filters that
/// cannot be read are shown in an error summary (status 200: nothing was submitted or changed).
struct AdminAuditController: Sendable {
    static let fields = [
        FormField(name: "action", label: "Action starts with", hint: "For example, sign_in or school_registration."),
        FormField(name: "actor", label: "Person", hint: "All or part of their name"),
        FormField(name: "from", label: "From", hint: "A date, for example 2026-11-25", width: "10"),
        FormField(name: "to", label: "To", hint: "A date, for example 2026-11-30", width: "10"),
    ]
    static let maximumFilterLength = 100
    static let lengthNames = ["action": "The action", "actor": "The name", "from": "The ‘from’ date", "to": "The ‘to’ date"]
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let typed = Dictionary(uniqueKeysWithValues: Self.fields.map { ($0.name, context.request.queryValue($0.name) ?? "") })
        let filter = AuditFilter(action: typed["action"], actor: typed["actor"], from: typed["from"], to: typed["to"])
        var errors = filter.validate().messages
        for field in Self.fields where (typed[field.name] ?? "").count > Self.maximumFilterLength {
            errors[field.name] = "\(Self.lengthNames[field.name] ?? "The filter") must be \(Self.maximumFilterLength) characters or fewer"
        }
        var values = FormView(fields: Self.fields, values: typed, errors: errors).templateValues
        values["filtered"] = .bool(typed.values.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        guard errors.isEmpty else {
            values["entries"] = []
            values["hasEntries"] = false
            values["pagination"] = .null
            return try render(context, values, title: "Audit log: check the filter")
        }
        let requested = context.request.queryValue("page")
        let list = try services.reader.auditEvents(filter) { AdminPaging(requested: requested, total: $0).window }
        let (entries, paging) = (list.items, AdminPaging(requested: requested, total: list.total))
        values["entries"] = .list(entries.map(Self.row))
        values["hasEntries"] = .bool(!entries.isEmpty)
        values["pagination"] = paging.values(path: "/admin/audit", filters: Self.fields.map { ($0.name, typed[$0.name] ?? "") },
                                             nouns: ("event", "events"))
        let filtered = typed.values.contains { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        // Each filtered page has its own title (WCAG 2.4.2).
        let title = "Audit log" + (filtered ? ", filtered" : "") + (paging.page > 1 ? ", page \(paging.page)" : "")
        return try render(context, values, title: title)
    }

    private func render(_ context: RequestContext, _ values: TemplateFields, title: String) throws -> HTTPResponse {
        try pages.render("pages/admin/audit", title: title, context: context, values: values)
    }

    static func row(_ entry: AuditEvent) -> TemplateValue {
        var record = entry.recordType.replacingOccurrences(of: "_", with: " ")
        if let id = entry.recordID { record += " \(id)" }
        return [
            "occurred": .string(DisplayTime.format(entry.occurredAt ?? "")),
            "occurredISO": .string(entry.occurredAt ?? ""),
            "actor": .string(entry.actor),
            "action": .string(entry.actionName),
            "record": .string(record),
            "detail": .string(entry.detail),
            "clientAddress": .string(entry.clientAddress),
        ]
    }
}
