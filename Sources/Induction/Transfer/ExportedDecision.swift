/// The appropriate body's end-of-induction decision, if it has made one.
public struct ExportedDecision: Codable, Sendable, Equatable {
    public var outcome: String
    public var decidedOn: String
    public var extensionTermsTenths: Int?
    public var ectToldInWritingOn: String?

    enum CodingKeys: String, CodingKey {
        case outcome, decidedOn = "decided_on", extensionTermsTenths = "extension_terms_tenths", ectToldInWritingOn = "ect_told_in_writing_on"
    }
}
