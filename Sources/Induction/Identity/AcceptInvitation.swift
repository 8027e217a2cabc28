/// The invited person sets their first password from the invitation link.
public struct AcceptInvitation: Sendable {
    let store: InductionStore

    public init(store: InductionStore) {
        self.store = store
    }

    public func accept(token: String, password: String, author: Author) throws -> PasswordChangeResult {
        try PasswordLink(store: store, purpose: .invitation, action: .invitationAccepted)
            .setPassword(token: token, password: password, author: author)
    }
}
