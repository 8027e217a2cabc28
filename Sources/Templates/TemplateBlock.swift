/// A page's content for one named block of its layout, and where the page gives it.
struct TemplateBlock: Sendable {
    let body: [TemplateNode]
    let location: TemplateLocation
}
