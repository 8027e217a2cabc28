import SQLite

/// The school that recorded an absence deletes it, with an "absence.deleted" event naming what it was.
public struct DeleteAbsence: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    public func delete(absenceID: Int, ectID: Int, author: Author) throws {
        try store.change { c, stamp in
            let (_, stored) = try StoredAbsence.own(absenceID, ectID: ectID, c)
            try c.run("DELETE FROM absences WHERE id = ?", [absenceID])
            try AuditEvent(author: author, action: .absenceDeleted, recordType: "ect", recordID: ectID,
                           detail: "was \(stored.absence.auditDescription)").record(in: c, at: stamp)
        }
    }
}
