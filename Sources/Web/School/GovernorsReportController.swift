import HTTP
import Induction
import Templates

/// GET /schools/:schoolID/governors-report: the termly general report a headteacher prints for the
/// governors (SG 2.80), numbers only.
struct GovernorsReportController: Sendable {
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let schoolID = try context.id("schoolID")
        let today = services.time.today
        let chosen = TermChoice(context.request, today: today)
        guard let report = try services.reader.governorsReport(schoolID: schoolID, academicYear: chosen.year, term: chosen.name) else {
            throw HTTPError.notFound
        }
        let figures: [(String, Int)] = [
            ("Early career teachers in induction at the end of the term", report.ectsInInduction),
            ("On track", report.onTrack),
            ("At risk of not completing induction satisfactorily", report.atRisk),
            ("Reports due in the term", report.reportsDue),
            ("Sent to the appropriate body on time", report.reportsOnTime),
            ("Sent late", report.reportsLate),
            ("Not yet sent", report.reportsNotYetSent),
            ("Inductions extended in the term", report.extensions),
            ("Inductions passed in the term", report.passed),
            ("Inductions failed in the term", report.failed),
        ]
        return try pages.render("pages/school_governors_report", title: "Governors’ report for \(report.term.label), \(report.schoolName)",
                                context: context, values: [
            "schoolName": .string(report.schoolName), "schoolHref": .string("/schools/\(schoolID)"),
            "termLabel": .string(report.term.label), "action": .string("/schools/\(schoolID)/governors-report"),
            "termOptions": TermChoice.options(today: today, chosen: report.term),
            "figures": .list(figures.map { ["label": .string($0.0), "count": .int($0.1)] }),
        ])
    }
}
