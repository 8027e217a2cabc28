/// Why a change to a report question was refused.
public enum ReportQuestionError: Error, Sendable, Equatable {
    /// No question has that id.
    case notFound
}
