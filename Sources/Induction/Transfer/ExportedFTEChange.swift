/// A change of working pattern from a day.
public struct ExportedFTEChange: Codable, Sendable, Equatable {
    public var effectiveDate: String
    public var ftePercent: Int

    enum CodingKeys: String, CodingKey { case effectiveDate = "effective_date", ftePercent = "fte_percent" }
}
