/// How the ECT is trained (domain.md "Validation facts"): from September 2025 provider-led or school-led.
public enum TrainingProgramme: String, CaseIterable, Sendable {
    case providerLed = "provider-led"
    case schoolLed = "school-led"

    public var label: String {
        switch self {
        case .providerLed: "Provider-led"
        case .schoolLed: "School-led"
        }
    }
}
