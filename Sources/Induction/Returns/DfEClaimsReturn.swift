/// The claims return: `TRN,Date of birth,Induction programme,Induction period start date` for each
/// confirmed induction period not yet claimed. The DfE's service takes programme `provider-led` or
/// `school-led` and a start on or after 1 September 2021 that is not in the future; a period it
/// would refuse is listed with the reason instead, never exported.
public struct DfEClaimsReturn: Sendable, Equatable {
    public let rows: [DfEReturnRow]
    public let refused: [DfERefusedRow]

    public init(candidates: [DfEClaimCandidate], today: CalendarDate) {
        let (rows, refused) = DfEReturnRules.partition(candidates, periodID: \.periodID, trn: \.trn) { Self.row($0, today: today) }
        self.rows = rows
        self.refused = refused
    }

    public var files: [DfEReturnFile] { DfEReturnFileSplitter.split(rows, kind: .claims) }

    private static func row(_ candidate: DfEClaimCandidate, today: CalendarDate) -> Result<DfEReturnRow, DfEReturnRules.Refusal> {
        guard let trn = DfEReturnRules.trn(candidate.trn) else { return .failure(.init("The TRN is not 7 digits")) }
        let birth: String
        switch DfEReturnRules.dateOfBirth(candidate.dateOfBirth) {
        case .success(let date): birth = date
        case .failure(let refusal): return .failure(refusal)
        }
        guard ["provider-led", "school-led"].contains(candidate.programme) else {
            return .failure(.init("The induction programme “\(candidate.programme)” is not provider-led or school-led"))
        }
        guard let start = CalendarDate(iso: candidate.startDate) else { return .failure(.init("The start date is not a date")) }
        guard start >= DfEReturnRules.earliestStart else {
            return .failure(.init("The induction period starts before 1 September 2021"))
        }
        guard start <= today else { return .failure(.init("The induction period starts in the future (\(start.iso))")) }
        return .success(DfEReturnRow(periodID: candidate.periodID, trn: trn,
                                     fields: [trn, birth, candidate.programme, start.iso]))
    }
}
