import HTTP
import Induction
import Templates

/// GET /ab/fees and /ab/fees.csv: a term's fee statement, on screen (printable) and as CSV.
struct FeesController: Sendable {
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let chosen = TermChoice(context.request, today: services.time.today)
        let statement = try services.reader.feeStatement(academicYear: chosen.year, term: chosen.name)
        func money(_ pence: Int) -> TemplateValue { .string("£" + PoundsAndPence.text(pence: pence)) }
        return try pages.render("pages/ab_fees", title: "Fees for \(statement.term.label)", context: context, values: [
            "termLabel": .string(statement.term.label),
            "termOptions": TermChoice.options(today: services.time.today, chosen: statement.term),
            "csvHref": .string("/ab/fees.csv?term=\(TermChoice.key(statement.term))"),
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
        let chosen = TermChoice(context.request, today: services.time.today)
        let statement = try services.reader.feeStatement(academicYear: chosen.year, term: chosen.name)
        return HTTPResponse(status: 200, headers: HTTPHeaders([
            ("Content-Type", "text/csv; charset=utf-8"),
            ("Content-Disposition", "attachment; filename=\"fees-\(TermChoice.key(statement.term)).csv\""),
            ("Cache-Control", "no-store"),
        ]), body: Array(statement.csv.utf8))
    }
}
