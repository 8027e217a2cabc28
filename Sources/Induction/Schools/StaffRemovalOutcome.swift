/// What removing a school role did: removed it, found no such role at that school, or refused with
/// a message for the person asking.
public enum StaffRemovalOutcome: Sendable, Equatable {
    case removed(Role)
    case notFound
    case refused(String)
}
