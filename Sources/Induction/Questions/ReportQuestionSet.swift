import Foundation
import SQLite

/// The appropriate body's live questions (not retired), and the JSON each report keeps of them: a
/// report is started with a snapshot of its kind's questions, so changing the set later never
/// alters a report already written (issue 9 item 3).
public enum ReportQuestionSet {
    /// The four kinds of report, in the order the admin page shows them.
    public static let kinds: [DueItemKind] = [.progressReview, .firstFormalAssessment, .finalFormalAssessment, .interimAssessment]

    static let select = """
        SELECT id, kind, prompt, hint, answer_type, choices, required, position FROM report_questions
        """

    /// The live questions of `kind` as a JSON array, in order: what `StartReport` stores in `reports.questions`.
    static func snapshot(kind: DueItemKind, _ c: Connection) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(try live(kind: kind, c)), as: UTF8.self)
    }

    /// A report's snapshot; none when it is not a JSON array of questions.
    public static func decode(_ json: String) -> [ReportQuestion] {
        (try? JSONDecoder().decode([ReportQuestion].self, from: Data(json.utf8))) ?? []
    }

    static func live(kind: DueItemKind, _ c: Connection) throws -> [ReportQuestion] {
        try c.query(select + " WHERE kind = ? AND retired_at IS NULL ORDER BY position, id", [kind.rawValue]).map(question)
    }

    /// Every live question, by kind, each kind's in order.
    static func live(_ c: Connection) throws -> [DueItemKind: [ReportQuestion]] {
        let all = try c.query(select + " WHERE retired_at IS NULL ORDER BY position, id").map(question)
        var result: [DueItemKind: [ReportQuestion]] = [:]
        for question in all {
            guard let kind = question.dueItemKind else { continue }
            result[kind, default: []].append(question)
        }
        return result
    }

    /// One question, live or retired, and when it was retired.
    static func find(id: Int, _ c: Connection) throws -> (question: ReportQuestion, retired: Bool)? {
        guard let row = try c.queryOne("""
            SELECT id, kind, prompt, hint, answer_type, choices, required, position, retired_at FROM report_questions WHERE id = ?
            """, [id]) else { return nil }
        return (try question(row), try row.optionalString("retired_at") != nil)
    }

    static func question(_ row: Row) throws -> ReportQuestion {
        let choices = (try? JSONDecoder().decode([String].self, from: Data(try row.string("choices").utf8))) ?? []
        return ReportQuestion(id: try row.int("id"), kind: try row.string("kind"), prompt: try row.string("prompt"),
                              hint: try row.string("hint"),
                              answerType: ReportQuestionAnswerType(rawValue: try row.string("answer_type")) ?? .shortText,
                              choices: choices, required: try row.int("required") != 0, position: try row.int("position"))
    }

    /// "Progress review: “How is the ECT settling in?”", for audit details.
    static func describe(_ question: ReportQuestion) -> String {
        "\(question.dueItemKind?.label ?? question.kind): “\(question.prompt)”"
    }
}
