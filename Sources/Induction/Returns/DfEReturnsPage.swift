/// Everything the returns page shows, from one snapshot: what the next return of each kind would
/// hold (and what it cannot carry, with why), the fails to enter one by one, past exports and the
/// rows the DfE did not record.
public struct DfEReturnsPage: Sendable, Equatable {
    public let claims: DfEClaimsReturn
    public let outcomes: DfEOutcomesReturn
    public let exports: [DfEExportSummary]
    public let notRecorded: [DfENotRecordedRow]
}
