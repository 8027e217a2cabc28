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

    /// The value of `key` when this is a dictionary that has it; borrows the dictionary rather than
    /// copying it out, as matching `case .dictionary(let fields)` at each level of the stack did.
    @inline(__always)
    func value(of key: TemplateKey) -> TemplateValue? {
        guard case .dictionary(let fields) = self else { return nil }
        return fields[key]
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
