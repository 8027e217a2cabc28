/// A browser's session as the server stores it. Only a hash of the cookie's token is kept, so the
/// token itself is never part of this value.
public struct Session: Sendable, Equatable {
    public let id: Int
    /// nil for a visitor who has not signed in: the session then only carries the CSRF token.
    public let userID: Int?
    public let activeGrantID: Int?
    public let csrfToken: String
    /// Password accepted, emailed code not yet entered: the session grants nothing yet.
    public let secondFactorPending: Bool

}
