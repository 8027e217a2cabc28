/// The outcomes return: `TRN,Date of birth,Induction period end date,Number of terms,Outcome` with
/// outcome `pass` or `release` and terms 0–16 with at most one decimal place. Fails are listed
/// apart (`fails`) for entry one by one; a period the service would refuse is listed with the reason.
public struct DfEOutcomesReturn: Sendable, Equatable {
    public let rows: [DfEReturnRow]
    public let refused: [DfERefusedRow]
    public let fails: [DfEFailNotice]

    /// `passes` and `fails` come from the appropriate body's decisions; `releases` from the closed
    /// periods. A period with a decision is never also a release.
    public init(passes: [DfEOutcomeCandidate], releases: [DfEOutcomeCandidate], fails: [DfEFailNotice], today: CalendarDate) {
        let decided = Set(passes.map(\.periodID)).union(fails.map(\.periodID))
        let candidates = (passes + releases.filter { !decided.contains($0.periodID) })
            .sorted { ($0.endDate ?? "", $0.periodID) < ($1.endDate ?? "", $1.periodID) }
        let (rows, refused) = DfEReturnRules.partition(candidates, periodID: \.periodID, trn: \.trn) { Self.row($0, today: today) }
        self.rows = rows
        self.refused = refused
        self.fails = fails
    }

    public var files: [DfEReturnFile] { DfEReturnFileSplitter.split(rows, kind: .outcomes) }

    /// Tenths of a term, rounded half up, without a trailing ".0": 6000 → "6", 2450 → "2.5".
    static func terms(_ thousandths: Int) -> String {
        let tenths = TermsServed(thousandths: thousandths).roundedTenths
        return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(tenths % 10)"
    }

    private static func row(_ candidate: DfEOutcomeCandidate, today: CalendarDate) -> Result<DfEReturnRow, DfEReturnRules.Refusal> {
        guard let trn = DfEReturnRules.trn(candidate.trn) else { return .failure(.init("The TRN is not 7 digits")) }
        let birth: String
        switch DfEReturnRules.dateOfBirth(candidate.dateOfBirth) {
        case .success(let date): birth = date
        case .failure(let refusal): return .failure(refusal)
        }
        guard let text = candidate.endDate, let end = CalendarDate(iso: text) else {
            return .failure(.init("The induction period has no end date"))
        }
        guard end <= today else { return .failure(.init("The induction period ends in the future (\(end.iso))")) }
        guard let thousandths = candidate.termsThousandths else { return .failure(.init("The number of terms is missing")) }
        let tenths = TermsServed(thousandths: thousandths).roundedTenths
        guard (0...160).contains(tenths) else { return .failure(.init("The number of terms is not between 0 and 16")) }
        return .success(DfEReturnRow(periodID: candidate.periodID, trn: trn,
                                     fields: [trn, birth, end.iso, terms(thousandths), candidate.outcome.rawValue]))
    }
}
