import SQLite

/// The audit event that confirming, rejecting and withdrawing a pending registration each write on
/// its induction period; confirming and withdrawing name a transfer as one, rejecting never has.
extension PendingECTRegistration {
    func recordDecision(_ action: AuditAction, showsTransfer: Bool = true, author: Author, in c: Connection, at stamp: String) throws {
        try AuditEvent(author: author, action: action, recordType: "induction_period", recordID: id,
                       detail: "ECT record \(ectID), school \(schoolID)" + (showsTransfer && isTransfer ? ", transfer" : ""))
            .record(in: c, at: stamp)
    }
}
