/// An ECT record whose induction has ended, as the retention run lists it: no name, and the TRN
/// masked, so the list itself can be kept in a change log.
public struct RetentionCandidate: Sendable, Equatable {
    public let ectID: Int
    public let maskedTRN: String
    public let schoolName: String
    public let endedOn: CalendarDate

    public init(ectID: Int, trn: String, schoolName: String, endedOn: CalendarDate) {
        self.ectID = ectID
        maskedTRN = Self.mask(trn)
        self.schoolName = schoolName
        self.endedOn = endedOn
    }

    /// "3012348" shows as "30****8".
    static func mask(_ trn: String) -> String {
        guard trn.count > 3 else { return String(repeating: "*", count: trn.count) }
        return String(trn.prefix(2)) + String(repeating: "*", count: trn.count - 3) + String(trn.suffix(1))
    }
}
