import Foundation

/// The ECT's concern as typed: a subject and what is happening. Limits match the table's CHECKs.
public enum ConcernForm {
    public static let subjectLimit = 150
    public static let bodyLimit = 5000
    public static let replyLimit = 5000

    /// The cleaned subject and body, or messages keyed by "subject" and "body".
    public static func validate(subject: String, body: String) -> Result<(subject: String, body: String), ValidationErrors> {
        let subject = TextCleaning.singleLine(subject)
        let body = body.trimmingCharacters(in: .whitespacesAndNewlines)
        var errors: [String: String] = [:]
        if subject.isEmpty { errors["subject"] = "Enter a subject" }
        else if subject.count > subjectLimit { errors["subject"] = "The subject must be \(subjectLimit) characters or fewer" }
        if body.isEmpty { errors["body"] = "Enter what is happening" }
        else if body.count > bodyLimit { errors["body"] = "What is happening must be 5,000 characters or fewer" }
        return errors.isEmpty ? .success((subject, body)) : .failure(ValidationErrors(errors))
    }

    /// The cleaned reply, or a message keyed by "reply".
    public static func validate(reply: String) -> Result<String, ValidationErrors> {
        let reply = reply.trimmingCharacters(in: .whitespacesAndNewlines)
        if reply.isEmpty { return .failure(ValidationErrors(["reply": "Enter your reply"])) }
        if reply.count > replyLimit { return .failure(ValidationErrors(["reply": "The reply must be 5,000 characters or fewer"])) }
        return .success(reply)
    }
}
