/// A value handed to a template: the view model, built by the caller.
public enum TemplateValue: Sendable, Equatable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case list([TemplateValue])
    case dictionary(TemplateFields)
    case null

    /// `.string(s)`, or `.null` when `s` is nil.
    public init(_ s: String?) {
        if let s { self = .string(s) } else { self = .null }
    }

    /// Sections render when a value is truthy; inverted sections when it is not.
    var isTruthy: Bool {
        switch self {
        case .string(let s): return !s.isEmpty
        case .int(let i): return i != 0
        case .bool(let b): return b
        case .list(let items): return !items.isEmpty
        case .dictionary: return true
        case .null: return false
        }
    }
}
