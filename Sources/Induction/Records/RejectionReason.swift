import Foundation

/// The reason an appropriate body gives when it turns down a registration, a school's or an ECT's:
/// required, and at most 1,000 characters (the columns hold no more).
enum RejectionReason {
    static let limit = 1000

    /// The reason trimmed; throws `missing` when nothing is left and `tooLong` past `limit`.
    static func checked<Refusal: Error>(_ typed: String, missing: Refusal, tooLong: Refusal) throws -> String {
        let text = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw missing }
        guard text.count <= limit else { throw tooLong }
        return text
    }
}
