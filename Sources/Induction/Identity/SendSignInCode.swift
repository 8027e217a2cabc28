/// The optional emailed second factor: a person waiting at the code page asks for a new 6-digit
/// code, valid for 10 minutes and `VerifySignInCode.maximumAttempts` tries.
public struct SendSignInCode: Sendable {
    public static let codeLifetime = 600
    /// Each new code brings 5 fresh tries, so new codes are capped to keep guessing hopeless.
    public static let maximumCodesPerHour = 10

    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// false (and nothing sent) for an unknown or inactive user, or after `maximumCodesPerHour`
    /// codes in the last hour. The person is audited as themselves, from the author's address.
    @discardableResult
    public func send(userID: Int, author: Author) throws -> Bool {
        try store.change { c, _ in try SignInCode.issue(userID: userID, clientAddress: author.clientAddress, now: store.time.now(), c) }
    }
}
