/// One induction period at one school: open (no end date) while the ECT is still there.
public struct ExportedPeriod: Codable, Sendable, Equatable {
    public var schoolName: String
    public var schoolURN: String
    public var startDate: String
    public var endDate: String?
    public var termsServedThousandths: Int

    enum CodingKeys: String, CodingKey {
        case schoolName = "school_name", schoolURN = "school_urn", startDate = "start_date", endDate = "end_date"
        case termsServedThousandths = "terms_served_thousandths"
    }
}
