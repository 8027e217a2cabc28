/// The appropriate body records a school's phase.
public struct RecordSchoolPhase: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// False when there is no such school. Recording the phase a school already has changes nothing
    /// and writes no audit event.
    @discardableResult
    public func record(_ phase: SchoolPhase, schoolID: Int, author: Author) throws -> Bool {
        try store.change { c, stamp in
            guard let current = try c.queryOne("SELECT phase FROM schools WHERE id = ?", [schoolID]) else { return false }
            let before = try current.string("phase")
            guard before != phase.rawValue else { return true }
            try c.run("UPDATE schools SET phase = ? WHERE id = ?", [phase.rawValue, schoolID])
            try AuditEvent(author: author, action: .schoolPhaseChanged, recordType: "school", recordID: schoolID,
                           detail: "phase \(before) → \(phase.rawValue)")
                .record(in: c, at: stamp)
            return true
        }
    }
}
