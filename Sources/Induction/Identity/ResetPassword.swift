/// A person who forgot their password chooses a new one from the reset link.
public struct ResetPassword: Sendable {
    let store: InductionStore

    public init(store: InductionStore) {
        self.store = store
    }

    /// Ends all of the person's sessions and clears their sign-in lock.
    public func reset(token: String, password: String, author: Author) throws -> PasswordChangeResult {
        try PasswordLink(store: store, purpose: .passwordReset, action: .passwordReset)
            .setPassword(token: token, password: password, author: author)
    }
}
