/// A working pattern as a whole percentage of full time (0.8 FTE is 80), stored as an integer so
/// that sums and comparisons are exact.
public struct FTE: Sendable, Hashable, Comparable {
    public let percent: Int

    public init?(percent: Int) {
        guard (10...100).contains(percent) else { return nil }
        self.percent = percent
    }

    public static let fullTime = FTE(percent: 100)!

    public var isFullTime: Bool { percent == 100 }

    /// "1.0", "0.8", "0.75"
    public var decimal: String {
        if percent == 100 { return "1.0" }
        let hundredths = percent % 10 == 0 ? String(percent / 10) : (percent < 10 ? "0" : "") + String(percent)
        return "0." + hundredths
    }

    /// "Full time" or "Part time (0.8 FTE)"
    public var label: String { isFullTime ? "Full time" : "Part time (\(decimal) FTE)" }

    public static func < (lhs: FTE, rhs: FTE) -> Bool { lhs.percent < rhs.percent }
}
