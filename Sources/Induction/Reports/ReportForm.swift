import Foundation

/// The school's fields of each kind of report (SG 2.52–2.61, issue 9 items 1–2), and what makes a
/// draft sane and a report complete. Field names are the stored ones.
public struct ReportForm: Sendable {
    public static let targetSlots = 3
    public static let judgements = ["meeting": "Meeting the standard", "not-yet-meeting": "Not yet meeting the standard"]
    public static let recommendations = ["satisfactory": "Satisfactory", "unsatisfactory": "Unsatisfactory",
                                         "extension": "Consider an extension"]
    public static let progress = ["satisfactory": "Satisfactory progress", "unsatisfactory": "Unsatisfactory progress"]

    public let kind: DueItemKind
    /// The appropriate body's questions the report was started with (issue 9 item 3).
    public let questions: [ReportQuestion]

    public init(kind: DueItemKind, questions: [ReportQuestion] = []) {
        self.kind = kind
        self.questions = questions
    }

    /// Every field the school may write on this kind (the AB's questions are "question-<id>").
    public var schoolFields: [String] {
        var names = ["evidence", "support-plan"]
        for slot in 1...Self.targetSlots { names += ["target-\(slot)-text", "target-\(slot)-standards", "target-\(slot)-success"] }
        if kind.isFormalAssessment {
            names += ["meeting-date"] + TeachersStandard.all.map { "judgement-\($0.fieldKey)" }
            names.append(kind == .finalFormalAssessment ? "recommendation" : "progress")
        } else {
            names += ["on-track"] + TeachersStandard.partOne.map { "notes-\($0.fieldKey)" }
        }
        return names
    }

    public func isSchoolField(_ name: String) -> Bool {
        schoolFields.contains(name) || questions.contains { "question-\($0.id)" == name }
    }

    /// What a draft may not hold even half-written: unknown fields, over-long text, a choice not offered.
    public func draftProblems(_ content: ReportContent) -> [String: String] {
        var problems: [String: String] = [:]
        for (name, value) in content.fields where name != ReportContent.ectCommentsField {
            if !isSchoolField(name) { problems[name] = "This report has no such field"; continue }
            if value.count > ReportContent.textLimit {
                problems[name] = "Must be \(ReportContent.textLimit.formatted()) characters or fewer (it has \(value.count.formatted()))"
            }
        }
        func choice(_ name: String, _ options: [String: String]) {
            if !content[name].isEmpty, options[content[name]] == nil { problems[name] = "Choose one of the options" }
        }
        choice("on-track", ["yes": "", "no": ""])
        choice("recommendation", Self.recommendations)
        choice("progress", Self.progress)
        for standard in TeachersStandard.all { choice("judgement-\(standard.fieldKey)", Self.judgements) }
        for question in questions {
            switch question.answerType {
            case .yesNo: choice("question-\(question.id)", ["yes": "", "no": ""])
            case .oneChoice: choice("question-\(question.id)", Dictionary(question.choices.map { ($0, $0) }) { first, _ in first })
            case .shortText, .longText: break
            }
        }
        if !content["meeting-date"].isEmpty, CalendarDate(iso: content["meeting-date"]) == nil {
            problems["meeting-date"] = "Enter a real date"
        }
        for slot in 1...Self.targetSlots {
            let codes = Self.standardCodes(content["target-\(slot)-standards"])
            if codes == nil { problems["target-\(slot)-standards"] = "Name standards as TS1 to TS8, separated by spaces or commas" }
        }
        return problems
    }

    /// What must be there before the report is shared, signed or submitted.
    public func completenessProblems(_ content: ReportContent) -> [String: String] {
        var problems = draftProblems(content)
        func require(_ name: String, _ message: String) {
            if content[name].trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, problems[name] == nil { problems[name] = message }
        }
        require("evidence", "Summarise the evidence")
        var targets = 0
        for slot in 1...Self.targetSlots {
            let parts = ["text", "standards", "success"].map { "target-\(slot)-\($0)" }
            guard parts.contains(where: { !content[$0].isEmpty }) else { continue }
            targets += 1
            require(parts[0], "Describe target \(slot)")
            require(parts[1], "Name the standards target \(slot) serves")
            require(parts[2], "Say how success in target \(slot) will be seen")
        }
        for question in questions where question.required {
            require("question-\(question.id)", "Answer: \(question.prompt)")
        }
        let needsTarget = kind != .finalFormalAssessment
        if needsTarget, targets == 0, problems["target-1-text"] == nil { problems["target-1-text"] = "Agree at least one development target" }
        if kind.isFormalAssessment {
            require("meeting-date", "Enter the date of the assessment meeting")
            for standard in TeachersStandard.all {
                require("judgement-\(standard.fieldKey)", "Give a judgement against \(standard.code)")
            }
            if kind == .finalFormalAssessment {
                require("recommendation", "Give the headteacher's recommendation")
            } else {
                require("progress", "Say whether progress is satisfactory")
                if content["progress"] == "unsatisfactory" { require("support-plan", "Set out the support plan (SG 4.2)") }
            }
        } else {
            require("on-track", "Say whether the ECT is on track")
            if content["on-track"] == "no" { require("support-plan", "Set out the support plan: the ECT is not on track (SG 4.1)") }
            if TeachersStandard.partOne.allSatisfy({ content["notes-\($0.fieldKey)"].isEmpty }), problems["notes-ts1"] == nil {
                problems["notes-ts1"] = "Note progress against at least one of the Teachers' Standards"
            }
        }
        return problems
    }

    /// The ECT is not on track: a review saying so, or unsatisfactory progress at a first or interim
    /// assessment (SG 4.1–4.5).
    public func raisesConcern(_ content: ReportContent) -> Bool {
        kind.isFormalAssessment ? (content["progress"] == "unsatisfactory" || content["recommendation"] == "unsatisfactory")
            : content["on-track"] == "no"
    }

    /// "TS1 TS4", "ts1, ts4" → ["TS1", "TS4"]; nil when any part names no standard; [] when blank.
    public static func standardCodes(_ text: String) -> [String]? {
        let parts = text.uppercased().split { $0 == " " || $0 == "," || $0 == ";" }.map(String.init)
        let known = Set(TeachersStandard.partOne.map(\.code))
        guard parts.allSatisfy(known.contains) else { return nil }
        return parts.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}
