/// One of the Teachers' Standards (domain.md): formal assessments judge against each, and targets
/// name the ones they serve. The text is the DfE's, in `TeachersStandard+Text.swift`.
public struct TeachersStandard: Sendable, Equatable {
    /// "TS1" … "TS8", or "Part Two".
    public let code: String
    public let title: String
    public let bullets: [String]

    /// TS1–TS8, then Part Two: what a formal assessment judges.
    public static var all: [TeachersStandard] { partOne + [partTwo] }

    /// "ts1" … "ts8", "part-two": the standard's part of a field name.
    public var fieldKey: String { code == "Part Two" ? "part-two" : code.lowercased() }
}
