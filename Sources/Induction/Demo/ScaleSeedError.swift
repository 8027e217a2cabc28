/// Why `SeedScaleData` wrote nothing.
public enum ScaleSeedError: Error, Equatable, CustomStringConvertible {
    /// The scale schools join the demo appropriate body: seed it first (`SeedDemoData`).
    case noAppropriateBody
    case notPositive(Int)

    public var description: String {
        switch self {
        case .noAppropriateBody: "there is no appropriate body to add the scale schools to"
        case .notPositive(let count): "the number of ECTs must be positive (got \(count))"
        }
    }
}
