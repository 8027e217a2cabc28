/// One node of a parsed template. Rendering walks these; nothing is parsed per request.
enum TemplateNode: Sendable {
    case text(String)
    case variable(TemplatePath, escaped: Bool, at: TemplateLocation)
    case section(TemplatePath, inverted: Bool, body: [TemplateNode], at: TemplateLocation)
    case partial(String, at: TemplateLocation)
    /// `{{$name}}default{{/name}}`: a slot a page may fill.
    case block(String, body: [TemplateNode], at: TemplateLocation)
    /// `{{< layout}}…{{/layout}}`: render `layout` with these block bodies in place of its defaults.
    case layout(String, blocks: [String: TemplateBlock], at: TemplateLocation)
}
