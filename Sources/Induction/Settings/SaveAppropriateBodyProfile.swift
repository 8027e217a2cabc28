/// The appropriate body's admin changes its name, ECT contact or fees.
public struct SaveAppropriateBodyProfile: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Saves the changed fields with an "appropriate_body.updated" audit event naming them (never
    /// their values). Returns the changed column names; nothing is written when nothing changed.
    /// Throws `AppropriateBodyProfileError.notFound` when `profile` is not the service's body.
    @discardableResult
    public func save(_ profile: AppropriateBodyProfile, author: Author) throws -> [String] {
        try store.change { c, stamp in
            guard let current = try AppropriateBodyProfile.load(c), current.id == profile.id else {
                throw AppropriateBodyProfileError.notFound
            }
            let changed = profile.changedFields(from: current)
            guard !changed.isEmpty else { return [] }
            let assignments = profile.columns.map { "\($0.column) = ?" }.joined(separator: ", ")
            _ = try c.run("UPDATE appropriate_bodies SET \(assignments) WHERE id = ?", profile.columns.map(\.value) + [profile.id])
            try AuditEvent(author: author, action: .appropriateBodyUpdated, recordType: "appropriate_body", recordID: profile.id,
                           detail: "changed: " + changed.joined(separator: ", "))
                .record(in: c, at: stamp)
            return changed
        }
    }
}
