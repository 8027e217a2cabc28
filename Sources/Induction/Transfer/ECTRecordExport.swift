/// Issue 11 item 8: everything held about one ECT, to take away (a subject access request) or to
/// import at another appropriate body's Induct for a transfer. Dates are ISO, times UTC ISO 8601.
public struct ECTRecordExport: Codable, Sendable, Equatable {
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var appropriateBody: String
    public var exportedAt: String
    public var ect: ExportedECT
    /// SG 2.34: every term served by the export day, carried-over terms included (thousandths).
    public var termsServedThousandths: Int
    public var periods: [ExportedPeriod]
    public var fteChanges: [ExportedFTEChange]
    public var absences: [ExportedAbsence]
    public var adjustments: [ExportedAdjustment]
    public var reports: [ExportedReport]
    public var decision: ExportedDecision?
    public var history: [ExportedEvent]

    public var termsServed: TermsServed { TermsServed(thousandths: termsServedThousandths) }

    enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version", appropriateBody = "appropriate_body", exportedAt = "exported_at", ect
        case termsServedThousandths = "terms_served_thousandths", periods, fteChanges = "fte_changes", absences, adjustments
        case reports, decision, history
    }
}
