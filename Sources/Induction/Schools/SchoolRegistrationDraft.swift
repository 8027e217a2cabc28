/// A checked "register your school" request, ready to store: URN, names cleaned, role and email normalised.
public struct SchoolRegistrationDraft: Sendable, Equatable {
    public let urn: String
    public let schoolName: String
    public let requesterName: String
    public let requesterRole: Role
    public let requesterEmail: String
}
