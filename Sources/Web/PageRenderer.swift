import HTTP
import Templates

/// Renders a page template inside the layout, with the values every page shares.
public struct PageRenderer: Sendable {
    public let templates: TemplateLibrary
    public let serviceName: String

    public init(templates: TemplateLibrary, serviceName: String = "Induct") {
        self.templates = templates
        self.serviceName = serviceName
    }

    public func render(_ template: String, title: String, status: Int = 200, values: [String: TemplateValue]) throws -> HTTPResponse {
        var context = values
        context["pageTitle"] = .string(title)
        context["serviceName"] = .string(serviceName)
        let html = try templates.render(template, .dictionary(context))
        return .html(html, status: status)
    }
}
