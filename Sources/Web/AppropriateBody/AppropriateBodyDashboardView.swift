import Induction
import Templates

/// The dashboard's figures, each linking to the list it counts, and the schools table with its sort links.
struct AppropriateBodyDashboardView {
    let dashboard: AppropriateBodyDashboard
    let sort: DashboardSchool.Sort

    var values: TemplateFields {
        let figures: [(String, Int, String)] = [
            ("ECTs in induction", dashboard.ectsInInduction, "/ects"),
            ("Reports due this term", dashboard.dueThisTerm, "/ab/reports?show=due"),
            ("Reports awaiting quality assurance", dashboard.awaitingQA, "/ab/reports"),
            ("Reports returned to schools", dashboard.returned, "/ab/reports?show=returned"),
            ("Reports overdue at schools", dashboard.overdue, "/ab/reports?show=overdue"),
            ("ECTs at risk", dashboard.atRisk, "/ab/at-risk"),
            ("Decisions due", dashboard.decisionsDue, "/ab/decisions"),
            ("Decisions late", dashboard.decisionsLate, "/ab/decisions"),
            ("Inductions to claim with the DfE", dashboard.claimsNotReturned, "/ab/returns#claims"),
            ("Outcomes to report to the DfE", dashboard.outcomesNotReturned, "/ab/returns#outcomes"),
            ("Programme checks due this year", dashboard.programmeChecksDue, "/ab/programme-checks"),
            ("Concerns from ECTs awaiting a reply", dashboard.concernsAwaitingReply, "/ab/concerns"),
        ]
        let columns: [(DashboardSchool.Sort, String)] = [(.name, "School"), (.ects, "ECTs in induction"), (.awaitingQA, "Awaiting QA"),
                                                         (.overdue, "Overdue")]
        return [
            "figures": .list(figures.map { ["label": .string($0.0), "count": .int($0.1), "href": .string($0.2)] }),
            "schoolColumns": .list(columns.map { column, label in
                ["label": .string(label), "href": .string("/ab?sort=\(column.rawValue)#schools"), "sorted": .bool(column == sort),
                 "numeric": .bool(column != .name)]
            }),
            "schoolsShown": .int(dashboard.schools.count),
            "schools": .list(dashboard.schools.map { school in
                ["name": .string(school.name), "urn": .string(school.urn), "href": .string("/schools/\(school.id)"),
                 "ects": .int(school.ectsInInduction), "awaitingQA": .int(school.awaitingQA), "overdue": .int(school.overdue)]
            }),
        ]
    }
}
