/// How the ECT is trained (domain.md "Validation facts"): from September 2025 provider-led or school-led.
public enum TrainingProgramme: String, CaseIterable, Sendable {
    case providerLed = "provider-led"
    case schoolLed = "school-led"

    /// "Provider-led", "School-led": the stored text with a capital.
    public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }
}
