import SQLite

/// One page of a long list, with how many there are in all.
public struct PagedList<Item: Sendable>: Sendable {
    public let total: Int
    public let items: [Item]
}

extension InductionReader {
    /// Counts and reads one page from the same snapshot: `window` turns the total into the page's
    /// limit and offset.
    func paged<Item: Sendable>(count: (Connection) throws -> Int, items: (Int, Int, Connection) throws -> [Item],
                               window: (_ total: Int) -> (limit: Int, offset: Int)) throws -> PagedList<Item> {
        try database.read { c in
            let total = try count(c)
            let (limit, offset) = window(total)
            return PagedList(total: total, items: try items(limit, offset, c))
        }
    }
}
