/// The record an action touches.
public enum Scope: Sendable, Equatable {
    case appropriateBody
    case school(id: Int)
    case ect(id: Int, schoolID: Int)
    /// An ECT who has left `schoolID` for another school: that school's own closed period, read only.
    case formerSchoolECT(id: Int, schoolID: Int)
    /// A report: its school, its ECT and the school the ECT is at now (SG 2.62: a new school reads the
    /// earlier reports), and whether it is still a draft (only the school sees drafts).
    case report(id: Int, ectID: Int, schoolID: Int, ectSchoolID: Int, isDraft: Bool)
}
