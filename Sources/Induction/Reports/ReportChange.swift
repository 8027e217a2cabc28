/// One line of a report's history: a field changed from one text to another, by whom and when.
public struct ReportChange: Sendable, Equatable {
    public var version: Int
    public var field: String
    public var oldValue: String
    public var newValue: String
    public var author: String
    public var changedAt: String
}
