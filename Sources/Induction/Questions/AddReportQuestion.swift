import Foundation
import SQLite

/// The appropriate body admin adds a question to a kind of report, after that kind's others, with a
/// "report_question.added" audit event. Reports already started keep the questions they had.
public struct AddReportQuestion: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// The new question's id.
    @discardableResult
    public func add(_ draft: ReportQuestionDraft, author: Author) throws -> Int {
        try store.change { c, stamp in
            let position = (try c.scalarInt("SELECT max(position) FROM report_questions WHERE kind = ?", [draft.kind.rawValue]) ?? 0) + 1
            let choices = String(decoding: try JSONEncoder().encode(draft.choices), as: UTF8.self)
            try c.run("""
                INSERT INTO report_questions (kind, prompt, hint, answer_type, choices, required, position, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [draft.kind.rawValue, draft.prompt, draft.hint, draft.answerType.rawValue, choices, draft.required ? 1 : 0,
                      position, author.userID, stamp])
            let id = Int(c.lastInsertRowID)
            let required = draft.required ? ", required" : ""
            try AuditEvent(author: author, action: .reportQuestionAdded, recordType: "report_question", recordID: id,
                           detail: "\(draft.kind.label): “\(draft.prompt)” (\(draft.answerType.label.lowercased())\(required))")
                .record(in: c, at: stamp)
            return id
        }
    }
}
