/// One absence as recorded (SG 3.6: the days count toward the 30-day rule).
public struct ExportedAbsence: Codable, Sendable, Equatable {
    public var startDate: String
    public var endDate: String
    public var days: Int
    public var category: String
    public var ectChoosesToExtend: Bool

    enum CodingKeys: String, CodingKey {
        case startDate = "start_date", endDate = "end_date", days, category, ectChoosesToExtend = "ect_chooses_to_extend"
    }
}
