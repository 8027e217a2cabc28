import Templates

/// The error summary at the top of a page (`partials/error_summary`): each message links to the
/// control it is about (`field` is that control's id), in the page's order. Every page builds it here.
struct ErrorSummary {
    private(set) var items: [(field: String, message: String)]

    init(_ items: [(field: String, message: String)] = []) {
        self.items = items
    }

    /// The messages in `errors` for `keys`, in that order, each linking to the control named like its key.
    init(_ errors: [String: String], keys: [String]) {
        self.init(errors, order: keys.map { ($0, $0) })
    }

    /// The messages in `errors` for `order`'s keys, in that order, each linking to its anchor.
    init(_ errors: [String: String], order: [(key: String, anchor: String)]) {
        self.init(order.compactMap { key, anchor in errors[key].map { (anchor, $0) } })
    }

    mutating func append(field: String, message: String) {
        items.append((field, message))
    }

    mutating func prepend(field: String, message: String) {
        items.insert((field, message), at: 0)
    }

    var isEmpty: Bool { items.isEmpty }

    /// `errors` and `hasErrors` for the page.
    var templateValues: TemplateFields {
        let list = items.map { TemplateValue.dictionary(["field": .string($0.field), "message": .string($0.message)]) }
        return ["errors": .list(list), "hasErrors": .bool(!list.isEmpty)]
    }
}
