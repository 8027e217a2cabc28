import SQLite

/// The appropriate body admin retires a question: it is never deleted, because reports keep it, but
/// new reports no longer get it. Writes a "report_question.retired" audit event. Returns false, and
/// writes nothing, when it was already retired; throws `.notFound` when there is no such question.
public struct RetireReportQuestion: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    @discardableResult
    public func retire(questionID: Int, author: Author) throws -> Bool {
        try store.change { c, stamp in
            guard let (question, retired) = try ReportQuestionSet.find(id: questionID, c) else { throw ReportQuestionError.notFound }
            guard !retired else { return false }
            try c.run("UPDATE report_questions SET retired_at = ? WHERE id = ?", [stamp, questionID])
            try AuditEvent(author: author, action: .reportQuestionRetired, recordType: "report_question", recordID: questionID,
                           detail: ReportQuestionSet.describe(question))
                .record(in: c, at: stamp)
            return true
        }
    }
}
