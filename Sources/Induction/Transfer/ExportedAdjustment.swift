/// A reduction or extension the exporting appropriate body decided (SG 3.2-3.10).
public struct ExportedAdjustment: Codable, Sendable, Equatable {
    public var kind: String
    public var termsTenths: Int
    public var reason: String
    public var ectConsented: Bool
    public var decidedAt: String
    public var replacedAt: String?

    enum CodingKeys: String, CodingKey {
        case kind, termsTenths = "terms_tenths", reason, ectConsented = "ect_consented", decidedAt = "decided_at", replacedAt = "replaced_at"
    }
}
