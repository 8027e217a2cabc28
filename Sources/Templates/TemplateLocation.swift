/// Where a tag starts: the file as named in errors, and a 1-based line and column (in Unicode scalars).
struct TemplateLocation: Sendable, Equatable {
    let file: String
    let line: Int
    let column: Int
}
