import Templates

/// Which slice of a long list a page shows (`?page=N`, 50 a page), and the links to the pages around
/// it that keep the list's filters.
struct AdminPaging {
    static let pageSize = 50

    let page: Int
    let total: Int
    let pageSize: Int

    /// An unreadable or out-of-range `?page=` shows the nearest page that exists.
    init(requested: String?, total: Int, pageSize: Int = AdminPaging.pageSize) {
        self.total = max(total, 0)
        self.pageSize = max(pageSize, 1)
        let last = max(1, (self.total + self.pageSize - 1) / self.pageSize)
        let asked = requested.flatMap { $0.count <= 9 ? Int($0) : nil } ?? 1
        page = min(max(asked, 1), last)
    }

    var pageCount: Int { max(1, (total + pageSize - 1) / pageSize) }
    var offset: Int { (page - 1) * pageSize }
    /// The limit and offset a reader needs for this page.
    var window: (limit: Int, offset: Int) { (pageSize, offset) }

    /// `pagination` for `partials/admin/pagination`; `filters` are the query items to keep, in order.
    /// `nouns` is (one, many): ("event", "events").
    func values(path: String, filters: [(String, String)], nouns: (String, String)) -> TemplateValue {
        let first = total == 0 ? 0 : offset + 1
        let last = min(offset + pageSize, total)
        return [
            "summary": .string(total == 0 ? "No \(nouns.1)" : "Showing \(first) to \(last) of \(total) \(total == 1 ? nouns.0 : nouns.1)"),
            "hasPages": .bool(pageCount > 1),
            "pageLabel": .string("Page \(page) of \(pageCount)"),
            "previousHref": page > 1 ? .string(href(path, filters, page - 1)) : .null,
            "nextHref": page < pageCount ? .string(href(path, filters, page + 1)) : .null,
        ]
    }

    private func href(_ path: String, _ filters: [(String, String)], _ target: Int) -> String {
        let items = filters.filter { !$0.1.isEmpty } + (target > 1 ? [("page", String(target))] : [])
        guard !items.isEmpty else { return path }
        return path + "?" + items.map { "\($0.0)=\(PercentEncoding.encodeQueryValue($0.1))" }.joined(separator: "&")
    }
}
