/// One data row of an ECT import: its line, the registration form it fills, the school URN (AB
/// imports) and the problems found while reading it (dates in neither accepted format, extra values).
public struct ECTImportRow: Sendable, Equatable {
    public let line: Int
    public var form = ECTRegistrationForm()
    public var schoolURN = ""
    /// Accounts at the school by email address (item 10), resolved to `form.tutor` and `form.mentor` on import.
    public var tutorEmail = ""
    public var mentorEmail = ""
    /// Keyed by form field name, like `ECTRegistrationForm.validate(today:)`; "" for the whole row.
    public var readErrors: [String: String] = [:]

    public init(line: Int) {
        self.line = line
    }
}
