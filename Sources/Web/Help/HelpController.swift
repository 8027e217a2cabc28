import HTTP
import Templates

/// The user guide: open to everyone, signed in or not, because people need it before they can sign in.
struct HelpController: Sendable {
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let roles = HelpTopic.allCases.filter { $0 != .rules }.map(Self.card)
        return try pages.render("pages/help/index", title: "Help", context: context, values: [
            "roleGuides": .list(roles),
            "rules": Self.card(.rules),
        ])
    }

    func show(_ topic: HelpTopic, _ context: RequestContext) throws -> HTTPResponse {
        try pages.render(topic.template, title: topic.title, context: context, values: [:])
    }

    private static func card(_ topic: HelpTopic) -> TemplateValue {
        ["href": .string(topic.path), "slug": .string(topic.rawValue), "title": .string(topic.title), "summary": .string(topic.summary)]
    }
}
