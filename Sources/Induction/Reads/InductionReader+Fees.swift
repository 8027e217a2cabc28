import SQLite

extension InductionReader {
    /// The fee statement for the term `name` of `academicYear`, by the AB's term dates; one snapshot.
    public func feeStatement(academicYear: Int, term name: TermName) throws -> FeeStatement {
        try database.read { c in
            let term = try TermDatesStore().load(c).year(academicYear).term(name)
            let profile = try AppropriateBodyProfile.load(c)
            let fees = (review: profile?.progressReviewFeePence ?? 0, formal: profile?.formalAssessmentFeePence ?? 0,
                        interim: profile?.interimAssessmentFeePence ?? 0)
            let schools = try c.query("""
                SELECT s.id, s.name, s.urn,
                  sum(r.kind = 'progress-review') AS reviews,
                  sum(r.kind IN ('first-formal-assessment', 'final-formal-assessment')) AS formal,
                  sum(r.kind = 'interim-assessment') AS interim
                FROM reports r JOIN schools s ON s.id = r.school_id
                WHERE r.state IN ('submitted', 'returned', 'accepted') AND r.meeting_date BETWEEN ? AND ?
                GROUP BY s.id ORDER BY s.name
                """, [term.start.iso, term.end.iso]).map { row in
                let (reviews, formal, interim) = (try row.int("reviews"), try row.int("formal"), try row.int("interim"))
                return FeeStatement.School(id: try row.int("id"), name: try row.string("name"), urn: try row.string("urn"),
                                           progressReviews: reviews, formalAssessments: formal, interimAssessments: interim,
                                           totalPence: reviews * fees.review + formal * fees.formal + interim * fees.interim)
            }
            return FeeStatement(term: term, progressReviewFeePence: fees.review, formalAssessmentFeePence: fees.formal,
                                interimAssessmentFeePence: fees.interim, schools: schools)
        }
    }
}
