/// What an import did: every row registered (pending), or nothing written and every problem listed.
public enum ECTImportOutcome: Sendable, Equatable {
    case imported(count: Int)
    case refused([ECTImportError])
}
