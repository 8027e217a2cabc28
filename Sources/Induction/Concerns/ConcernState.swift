/// Where an ECT's concern stands: waiting for the appropriate body, or answered.
public enum ConcernState: String, Sendable {
    case open
    case answered

    public var label: String {
        switch self {
        case .open: "Awaiting a reply"
        case .answered: "Answered"
        }
    }
}
