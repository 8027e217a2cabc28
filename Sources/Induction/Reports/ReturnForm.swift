import Foundation

/// The appropriate body's return of a report as typed (issue 10 item 2): one or more of the common
/// reasons, and any words of its own, with optional comments on parts of the report. It becomes the
/// text the school reads on the returned report.
public struct ReturnForm: Sendable, Equatable {
    /// domain.md: the reasons ABs most often give.
    public static let commonReasons: [(value: String, label: String)] = [
        ("standards", "No explicit reference to the Teachers’ Standards"),
        ("targets", "Targets are too broad or not measurable"),
        ("ect-comment", "No comment from the ECT"),
        ("evidence", "Evidence is missing (expected for terms 3 and 6)"),
    ]
    public static let sections: [(value: String, label: String)] = [
        ("evidence", "The evidence"), ("standards", "The judgements or notes against the standards"), ("targets", "The targets"),
        ("comments", "The ECT’s comments"),
    ]

    public var reasons: [String]
    public var values: [String: String]

    public init(reasons: [String] = [], values: [String: String] = [:]) {
        self.reasons = reasons
        self.values = values
    }

    /// The text for the school, or messages keyed by "reasons" and "details".
    public func validate() -> Result<String, ValidationErrors> {
        let chosen = Self.commonReasons.filter { reasons.contains($0.value) }.map(\.label)
        let details = (values["details"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !chosen.isEmpty || !details.isEmpty else {
            return .failure(ValidationErrors(["reasons": "Choose a reason for returning the report, or give your own"]))
        }
        var parts: [String] = []
        if !chosen.isEmpty { parts.append(chosen.map { "• " + $0 }.joined(separator: "\n")) }
        if !details.isEmpty { parts.append(details) }
        for section in Self.sections {
            let comment = (values["comment-\(section.value)"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !comment.isEmpty { parts.append("\(section.label): \(comment)") }
        }
        let text = parts.joined(separator: "\n\n")
        guard text.count <= ReturnReport.reasonLimit else {
            return .failure(ValidationErrors(["details": "The reasons and comments must be \(ReturnReport.reasonLimit.formatted()) characters or fewer in all"]))
        }
        return .success(text)
    }
}
