import SQLite

/// SG 2.77, 5.3: removes one ECT's record once it has been kept six years after induction ended.
/// What remains is one audit event saying when induction ended, with no name and no TRN.
public struct ApplyRetention: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Checked again inside the transaction: a record not due (or gone) is left alone and nil returned.
    @discardableResult
    public func remove(ectID: Int, author: Author) throws -> RetentionCandidate? {
        try store.change { c, stamp in
            guard let due = try InductionEnded.due(today: store.time.today, ectID: ectID, in: c).first,
                  let purge = try RetentionPurge(ectID: ectID, in: c) else { return nil }
            try purge.run(at: stamp, in: c)
            try AuditEvent(author: author, action: .retentionApplied, recordType: "ect", recordID: ectID,
                           detail: "Record removed under retention: induction ended on \(due.endedOn.ukLong)").record(in: c, at: stamp)
            return due
        }
    }
}
