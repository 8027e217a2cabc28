/// Headteachers and induction leads remove school roles at their own school, unless
/// `SchoolRoleRemoval` refuses it; the check and the removal share one transaction.
public struct RemoveSchoolRole: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func remove(grantID: Int, schoolID: Int, author: Author) throws -> StaffRemovalOutcome {
        try store.change { c, stamp in
            guard let removal = try SchoolRoleRemoval.load(grantID: grantID, schoolID: schoolID, actorUserID: author.userID, c) else {
                return .notFound
            }
            if let refusal = removal.refusal { return .refused(refusal) }
            guard try RevokeRole(store: store).revoke(grantID: grantID, author: author, in: c, at: stamp) else { return .notFound }
            return .removed(removal.role)
        }
    }
}
