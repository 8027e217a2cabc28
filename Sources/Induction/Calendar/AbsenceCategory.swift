/// Why an ECT was absent. The statutory leave types are excluded from the automatic 30-day
/// extension; for them the ECT chooses whether to extend (SG 3.7).
public enum AbsenceCategory: String, Sendable, Hashable, CaseIterable {
    case sickness
    case maternity
    case paternity
    case sharedParental = "shared-parental"
    case adoption
    case parentalBereavement = "parental-bereavement"
    case carers
    case other

    public var isStatutoryLeave: Bool {
        switch self {
        case .maternity, .paternity, .sharedParental, .adoption, .parentalBereavement, .carers: true
        case .sickness, .other: false
        }
    }

    public var label: String {
        switch self {
        case .sickness: "Sickness"
        case .maternity: "Maternity leave"
        case .paternity: "Paternity leave"
        case .sharedParental: "Shared parental leave"
        case .adoption: "Adoption leave"
        case .parentalBereavement: "Parental bereavement leave"
        case .carers: "Carer's leave"
        case .other: "Other absence"
        }
    }
}
