/// A staff account as an ECT's list shows it: who is their tutor or mentor now.
public struct AssignedPerson: Sendable, Equatable {
    public var userID: Int
    public var name: String
}
