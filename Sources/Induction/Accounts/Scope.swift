/// The record an action touches.
public enum Scope: Sendable, Equatable {
    case appropriateBody
    case school(id: Int)
    case ect(id: Int, schoolID: Int)
}
