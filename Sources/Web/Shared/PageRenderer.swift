import HTTP
import Induction
import Templates

/// Renders a page template inside the layout, with the values every page shares: the service name,
/// the signed-in person and their roles, the navigation for their role, and the CSRF token.
public struct PageRenderer: Sendable {
    public let templates: TemplateLibrary
    public let serviceName: String

    public init(templates: TemplateLibrary, serviceName: String = "Induct") {
        self.templates = templates
        self.serviceName = serviceName
    }

    public func render(_ template: String, title: String, context: RequestContext?, status: Int = 200,
                       values: TemplateFields) throws -> HTTPResponse {
        var page = values
        page["pageTitle"] = .string(title)
        page["serviceName"] = .string(serviceName)
        page["csrfToken"] = TemplateValue(context?.session.csrfToken)
        page["currentUser"] = context?.principal.map(Self.currentUser) ?? .null
        if page["hasErrors"] == nil { page["hasErrors"] = false }
        page["navigation"] = .list(Navigation.items(for: context?.principal, path: context?.request.path ?? ""))
        return HTTPResponse(status: status, headers: HTTPHeaders([("Content-Type", "text/html; charset=utf-8")]),
                            body: try templates.renderBytes(template, .dictionary(page)))
    }

    static func currentUser(_ principal: Principal) -> TemplateValue {
        [
            "name": .string(principal.user.name),
            "roleLabel": .string(principal.active.label),
            "canSwitchRole": .bool(principal.canSwitchRole),
            "isAppropriateBody": .bool(principal.active.role.isAppropriateBodyStaff),
            "grants": .list(principal.grants.map { grant in
                ["id": .int(grant.id), "label": .string(grant.label), "active": .bool(grant.id == principal.active.id)]
            }),
        ]
    }
}
