import SQLite

/// What the appropriate body's confirmation and the school's withdrawal both write about a pending
/// registration: the audit event on its induction period, naming a transfer as one.
extension PendingECTRegistration {
    func recordDecision(_ action: AuditAction, showsTransfer: Bool = true, author: Author, in c: Connection, at stamp: String) throws {
        try AuditEvent(author: author, action: action, recordType: "induction_period", recordID: id,
                       detail: "ECT record \(ectID), school \(schoolID)" + (showsTransfer && isTransfer ? ", transfer" : ""))
            .record(in: c, at: stamp)
    }
}
