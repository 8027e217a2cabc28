/// The admin's list of school registration requests, with the decision just made read back.
public struct SchoolRegistrationsPage: Sendable {
    /// Oldest first, so the longest-waiting school is decided first.
    public let pending: [SchoolRegistrationRequest]
    public let authorised: SchoolRegistrationRequest?
    /// The account the authorised requester has (nil when none or nothing authorised).
    public let authorisedAccount: User?
    public let rejected: SchoolRegistrationRequest?
}
