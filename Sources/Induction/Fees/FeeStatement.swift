/// Issue 10 item 6: what each school owes for one term, from the fees the appropriate body agreed in
/// advance (SG 2.26). A report is chargeable in the term of its meeting once the school has submitted
/// it (submitted, returned or accepted).
public struct FeeStatement: Sendable, Equatable {
    public struct School: Sendable, Equatable {
        public var id: Int
        public var name: String
        public var urn: String
        public var progressReviews: Int
        public var formalAssessments: Int
        public var interimAssessments: Int
        public var totalPence: Int
    }

    public var term: SchoolTerm
    public var progressReviewFeePence: Int
    public var formalAssessmentFeePence: Int
    public var interimAssessmentFeePence: Int
    /// Schools with something to charge, by name.
    public var schools: [School]

    public var totalPence: Int { schools.map(\.totalPence).reduce(0, +) }

    /// The statement as CSV: a line a school, then the totals.
    public var csv: String {
        let header = ["School", "URN", "Progress reviews", "Formal assessments", "Interim assessments", "Total (£)"]
        let rows = schools.map { [$0.name, $0.urn, String($0.progressReviews), String($0.formalAssessments), String($0.interimAssessments),
                                  PoundsAndPence.text(pence: $0.totalPence)] }
        let totals = ["All schools", "", String(schools.map(\.progressReviews).reduce(0, +)),
                      String(schools.map(\.formalAssessments).reduce(0, +)), String(schools.map(\.interimAssessments).reduce(0, +)),
                      PoundsAndPence.text(pence: totalPence)]
        return CSVWriter.text([header] + rows + [totals])
    }
}
