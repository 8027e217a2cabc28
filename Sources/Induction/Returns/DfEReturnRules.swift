/// The checks both returns share (domain.md, "Validation facts"): a 7-digit TRN and a real date of
/// birth, dates as YYYY-MM-DD.
enum DfEReturnRules {
    /// 1 September 2021: no induction under these arrangements starts earlier (SG 2.11–2.16).
    static let earliestStart = CalendarDate(year: 2021, month: 9, day: 1)!

    static func trn(_ text: String) -> String? {
        guard text.count == 7, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return text
    }

    /// The date in the DfE's form, or the reason it cannot be sent.
    static func dateOfBirth(_ text: String?) -> Result<String, Refusal> {
        guard let text, !text.isEmpty else { return .failure(Refusal("The date of birth is missing")) }
        guard let date = CalendarDate(iso: text) else { return .failure(Refusal("The date of birth is not a date")) }
        return .success(date.iso)
    }

    struct Refusal: Error, Equatable {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// The candidates the service would take, as rows, and the others with the reason.
    static func partition<Candidate>(_ candidates: [Candidate], periodID: (Candidate) -> Int, trn: (Candidate) -> String,
                                     row: (Candidate) -> Result<DfEReturnRow, Refusal>) -> (rows: [DfEReturnRow], refused: [DfERefusedRow]) {
        var rows: [DfEReturnRow] = []
        var refused: [DfERefusedRow] = []
        for candidate in candidates {
            switch row(candidate) {
            case .success(let accepted): rows.append(accepted)
            case .failure(let refusal): refused.append(DfERefusedRow(periodID: periodID(candidate), trn: trn(candidate), reason: refusal.reason))
            }
        }
        return (rows, refused)
    }
}
