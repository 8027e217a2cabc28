import Foundation

/// What an admin asked to see of the audit trail. Empty strings count as "any".
public struct AuditFilter: Sendable, Equatable {
    public static let maximumLimit = 500

    /// Prefix of the action, e.g. "sign_in" or "school_registration."
    public var action: String?
    /// Part of the actor's name, any case.
    public var actor: String?
    /// ISO dates ("2026-11-25"), both inclusive, in UTC like the stored timestamps.
    public var from: String?
    public var to: String?
    public var recordType: String?
    public var recordID: Int?
    public var limit = 50
    public var offset = 0

    public init(action: String? = nil, actor: String? = nil, from: String? = nil, to: String? = nil,
                recordType: String? = nil, recordID: Int? = nil, limit: Int = 50, offset: Int = 0) {
        self.action = action
        self.actor = actor
        self.from = from
        self.to = to
        self.recordType = recordType
        self.recordID = recordID
        self.limit = limit
        self.offset = offset
    }

    /// The filter, or messages keyed by "from" and "to"; `AuditLog` returns no rows for a date it cannot read.
    public func validate() -> Result<AuditFilter, ValidationErrors> {
        var errors: [String: String] = [:]
        let start = Self.present(from).map { CalendarDate(iso: $0) }
        let end = Self.present(to).map { CalendarDate(iso: $0) }
        if case .some(.none) = start { errors["from"] = "Enter a real date for ‘from’, like 2026-11-25" }
        if case .some(.none) = end { errors["to"] = "Enter a real date for ‘to’, like 2026-11-25" }
        if case .some(.some(let first)) = start, case .some(.some(let last)) = end, last < first {
            errors["to"] = "The ‘to’ date must be the same as or after the ‘from’ date"
        }
        return errors.isEmpty ? .success(self) : .failure(ValidationErrors(errors))
    }

    static func present(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespaces), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
