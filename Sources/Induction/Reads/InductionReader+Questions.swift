import SQLite

extension InductionReader {
    /// The appropriate body's live report questions, each kind's in order (issue 9 item 3).
    public func reportQuestions() throws -> [DueItemKind: [ReportQuestion]] {
        try database.read { try ReportQuestionSet.live($0) }
    }
}
