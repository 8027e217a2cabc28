/// One row of the appropriate body's list of schools: a school that uses Induct (authorised or
/// suspended), or a registration request still waiting for the AB ("pending", no school yet).
public struct SchoolListing: Sendable, Equatable {
    public enum Status: String, CaseIterable, Sendable {
        case pending, authorised, suspended

        public var label: String {
            switch self {
            case .pending: "Pending"
            case .authorised: "Authorised"
            case .suspended: "Suspended"
            }
        }
    }

    /// The school's id, or the registration request's id when `status` is `.pending`.
    public var id: Int
    public var urn: String
    public var name: String
    public var status: Status
    public var phase: SchoolPhase
    public var localAuthority: String
    /// Distinct people holding a school role (not ECTs) at the school.
    public var staffCount: Int
    /// Confirmed ECTs.
    public var ectCount: Int

}
