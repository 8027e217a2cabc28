/// The appropriate body suspends or reinstates a school. A suspended school's staff keep their
/// records; the AB accepts no new ECT registrations from it (Migration005).
public struct ChangeSchoolStatus: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// False when there is no such school. Setting the status a school already has changes nothing
    /// and writes no audit event.
    @discardableResult
    public func change(schoolID: Int, suspended: Bool, author: Author) throws -> Bool {
        let status = suspended ? "suspended" : "authorised"
        return try store.change { c, stamp in
            guard let current = try c.queryOne("SELECT status, name FROM schools WHERE id = ?", [schoolID]) else { return false }
            guard try current.string("status") != status else { return true }
            try c.run("UPDATE schools SET status = ? WHERE id = ?", [status, schoolID])
            try AuditEvent(author: author, action: suspended ? .schoolSuspended : .schoolReinstated, recordType: "school",
                           recordID: schoolID, detail: try current.string("name"))
                .record(in: c, at: stamp)
            return true
        }
    }
}
