/// The record an action touches.
public enum Scope: Sendable, Equatable {
    case appropriateBody
    case school(id: Int)
    case ect(id: Int, schoolID: Int)
    /// An ECT who has left `schoolID` for another school: that school's own closed period, read only.
    case formerSchoolECT(id: Int, schoolID: Int)
}
