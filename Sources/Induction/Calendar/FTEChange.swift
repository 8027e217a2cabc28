/// A change of working pattern from `effective` onwards (the AB records these, SG 2.74).
public struct FTEChange: Sendable, Hashable {
    public let effective: CalendarDate
    public let fte: FTE

    public init(effective: CalendarDate, fte: FTE) {
        self.effective = effective
        self.fte = fte
    }
}
