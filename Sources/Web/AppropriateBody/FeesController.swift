import HTTP
import Induction
import Templates

/// GET /ab/fees and /ab/fees.csv: a term's fee statement, on screen (printable) and as CSV.
struct FeesController: Sendable {
    let services: Services
    let pages: PageRenderer

    /// `?term=2025-autumn`; otherwise the term that ended most recently.
    private func chosenTerm(_ context: RequestContext) -> (year: Int, name: TermName) {
        let parts = (context.request.queryValue("term") ?? "").split(separator: "-")
        if parts.count == 2, let year = Int(parts[0]), (2021...2100).contains(year),
           let name = TermName.allCases.first(where: { $0.label.lowercased() == parts[1] }) {
            return (year, name)
        }
        let today = services.time.today
        let year = TermDates.academicYear(of: today)
        let terms = TermDates.englandDefaults.year(year - 1).terms + TermDates.englandDefaults.year(year).terms
        let ended = terms.last { $0.end < today } ?? terms[0]
        return (ended.academicYear, ended.name)
    }

    private static func key(_ term: SchoolTerm) -> String { "\(term.academicYear)-\(term.name.label.lowercased())" }

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let (year, name) = chosenTerm(context)
        let statement = try services.reader.feeStatement(academicYear: year, term: name)
        let thisYear = TermDates.academicYear(of: services.time.today)
        let choices = (thisYear - 2...thisYear).flatMap { TermDates.englandDefaults.year($0).terms }
        func money(_ pence: Int) -> TemplateValue { .string("£" + PoundsAndPence.text(pence: pence)) }
        return try pages.render("pages/ab_fees", title: "Fees for \(statement.term.label)", context: context, values: [
            "termLabel": .string(statement.term.label),
            "termOptions": .list(choices.map { ["value": .string(Self.key($0)), "label": .string($0.label),
                                                "selected": .bool(Self.key($0) == Self.key(statement.term))] }),
            "csvHref": .string("/ab/fees.csv?term=\(Self.key(statement.term))"),
            "fees": .list([("Progress review", statement.progressReviewFeePence), ("Formal assessment", statement.formalAssessmentFeePence),
                           ("Interim assessment", statement.interimAssessmentFeePence)].map { ["label": .string($0.0), "fee": money($0.1)] }),
            "schools": .list(statement.schools.map { school in
                ["name": .string(school.name), "urn": .string(school.urn), "reviews": .int(school.progressReviews),
                 "formal": .int(school.formalAssessments), "interim": .int(school.interimAssessments), "total": money(school.totalPence)]
            }),
            "hasSchools": .bool(!statement.schools.isEmpty),
            "total": money(statement.totalPence),
        ])
    }

    func csv(_ context: RequestContext) throws -> HTTPResponse {
        let (year, name) = chosenTerm(context)
        let statement = try services.reader.feeStatement(academicYear: year, term: name)
        return HTTPResponse(status: 200, headers: HTTPHeaders([
            ("Content-Type", "text/csv; charset=utf-8"),
            ("Content-Disposition", "attachment; filename=\"fees-\(Self.key(statement.term)).csv\""),
            ("Cache-Control", "no-store"),
        ]), body: Array(statement.csv.utf8))
    }
}
