import SQLite

/// The school changes the ECT's training programme, with an "ect.programme_changed" audit event
/// giving before and after, in one transaction.
public struct ChangeProgramme: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// False when it was already that programme: nothing changes.
    @discardableResult
    public func change(to programme: TrainingProgramme, ectID: Int, author: Author) throws -> Bool {
        try store.change { c, stamp in
            guard let current = try c.queryOne("SELECT training_programme FROM ects WHERE id = ?", [ectID])?
                .string("training_programme") else { throw ECTRecordError.notFound }
            guard current != programme.rawValue else { return false }
            try c.run("UPDATE ects SET training_programme = ? WHERE id = ?", [programme.rawValue, ectID])
            let was = TrainingProgramme(rawValue: current)?.label ?? current
            try AuditEvent(author: author, action: .ectProgrammeChanged, recordType: "ect", recordID: ectID,
                           detail: "from \(was) to \(programme.label)").record(in: c, at: stamp)
            return true
        }
    }
}
