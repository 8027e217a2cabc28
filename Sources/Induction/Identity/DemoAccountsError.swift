/// `induct demo` cannot create the demo accounts.
public enum DemoAccountsError: Error, Equatable, CustomStringConvertible {
    case missingSchool(urn: String)
    case missingECT(trn: String)
    case weakPassword(message: String)

    public var description: String {
        switch self {
        case .missingSchool(let urn): "demo school \(urn) is missing: seed the demo data first"
        case .missingECT(let trn): "the demo ECT with TRN \(trn) is missing: seed the demo data first"
        case .weakPassword(let message): "--password: \(message)"
        }
    }
}
