import Foundation
import Induction
import InductTestSupport
import SQLite
import Web
import XCTest

/// Issue 12 item 2: no N+1. Every main page is requested in process, as the role that uses it, and
/// the SQL statements it runs (`Database.statementsRun`, every statement stepped or script executed,
/// BEGIN and COMMIT included) must stay under a small fixed limit, and must not grow when the school
/// has ten more ECTs each with the same reports.
///
/// "Every main page" (docs/permissions.md's routes that a role lands on or works in daily):
/// - school homes `/schools/:id` as induction tutor, headteacher, induction lead, mentor and school
///   administrator, and as AB officer (a school page);
/// - the ECT's home `/my-induction`; an ECT record `/ects/:id`; a report `/reports/:id`;
/// - the AB's `/ab` dashboard, `/ab/reports` (QA queue), `/ab/at-risk`, `/ab/schools`, `/ects` (the
///   ECT list, paginated) and its page 2, `/ab/search`, `/ab/decisions`, `/ab/concerns`;
/// - the admin's `/admin/audit` and `/admin/outbox`; `/account/notifications`;
/// - the CSV exports `/ects.csv` and `/ab/fees.csv` (every row, but a fixed number of queries).
final class StatementCountTests: XCTestCase {
    struct Page: Sendable {
        let name: String
        let email: String
        let role: Role
        let target: @Sendable (Ids) -> String
        let limit: Int
    }

    struct Ids {
        let calder: Int
        let ect: Int
        let report: Int
    }

    static let calderURN = DemoRecords.calderValleyURN
    static let admin = "ab-admin@pennine.example"
    static let officer = "ab-officer@pennine.example"
    static let tutor = "david.greenwood@107512.schools.example"
    static let head = "headteacher@107512.schools.example"

    static let pages: [Page] = [
        Page(name: "tutor home", email: tutor, role: .inductionTutor, target: { "/schools/\($0.calder)" }, limit: 40),
        Page(name: "headteacher home", email: head, role: .headteacher, target: { "/schools/\($0.calder)" }, limit: 40),
        Page(name: "induction lead home", email: "induction-lead@107512.schools.example", role: .inductionLead,
             target: { "/schools/\($0.calder)" }, limit: 40),
        Page(name: "mentor home", email: "mentor@107512.schools.example", role: .mentor, target: { "/schools/\($0.calder)" }, limit: 40),
        Page(name: "school administrator home", email: "school-admin@107512.schools.example", role: .schoolAdmin,
             target: { "/schools/\($0.calder)" }, limit: 40),
        Page(name: "ECT home", email: DemoRecords.concernECTEmail, role: .ect, target: { _ in "/my-induction" }, limit: 40),
        Page(name: "AB dashboard", email: officer, role: .abOfficer, target: { _ in "/ab" }, limit: 40),
        Page(name: "QA queue", email: officer, role: .abOfficer, target: { _ in "/ab/reports" }, limit: 25),
        Page(name: "at-risk list", email: officer, role: .abOfficer, target: { _ in "/ab/at-risk" }, limit: 25),
        Page(name: "schools list", email: officer, role: .abOfficer, target: { _ in "/ab/schools" }, limit: 25),
        Page(name: "a school page", email: officer, role: .abOfficer, target: { "/schools/\($0.calder)" }, limit: 40),
        Page(name: "ECT list", email: officer, role: .abOfficer, target: { _ in "/ects" }, limit: 25),
        Page(name: "ECT list page 2", email: officer, role: .abOfficer, target: { _ in "/ects?page=2" }, limit: 25),
        Page(name: "ECT record", email: officer, role: .abOfficer, target: { "/ects/\($0.ect)" }, limit: 60),
        Page(name: "report page", email: officer, role: .abOfficer, target: { "/reports/\($0.report)" }, limit: 60),
        Page(name: "search", email: officer, role: .abOfficer, target: { _ in "/ab/search?q=Copy" }, limit: 25),
        Page(name: "decisions", email: admin, role: .abAdmin, target: { _ in "/ab/decisions" }, limit: 25),
        Page(name: "concerns", email: officer, role: .abOfficer, target: { _ in "/ab/concerns" }, limit: 25),
        Page(name: "audit log", email: admin, role: .abAdmin, target: { _ in "/admin/audit" }, limit: 25),
        Page(name: "outbox", email: admin, role: .abAdmin, target: { _ in "/admin/outbox" }, limit: 25),
        Page(name: "notifications", email: tutor, role: .inductionTutor, target: { _ in "/account/notifications" }, limit: 25),
        Page(name: "ECT list CSV", email: officer, role: .abOfficer, target: { _ in "/ects.csv" }, limit: 25),
        Page(name: "fees CSV", email: officer, role: .abOfficer, target: { _ in "/ab/fees.csv" }, limit: 25),
        Page(name: "fees", email: officer, role: .abOfficer, target: { _ in "/ab/fees" }, limit: 25),
        Page(name: "DfE returns", email: admin, role: .abAdmin, target: { _ in "/ab/returns" }, limit: 25),
        Page(name: "ECT registrations to confirm", email: admin, role: .abAdmin, target: { _ in "/ab/ect-registrations" }, limit: 25),
        Page(name: "programme checks", email: officer, role: .abOfficer, target: { _ in "/ab/programme-checks" }, limit: 25),
        Page(name: "school registrations", email: admin, role: .abAdmin, target: { _ in "/admin/registrations" }, limit: 25),
        Page(name: "my reminders", email: tutor, role: .inductionTutor, target: { _ in "/account/reminders" }, limit: 25),
        Page(name: "governors report", email: head, role: .headteacher, target: { "/schools/\($0.calder)/governors-report" }, limit: 40),
    ]

    func testEveryMainPageRunsAFewStatementsHoweverManyECTsAndReports() throws {
        let application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let calder = try records.schoolID(urn: Self.calderURN)
        let tutored = try records.ectIDs(tutoredBy: Self.tutor)
        let ect = try XCTUnwrap(tutored.first)
        let report = try records.makeSharedReport(ectID: ect, time: TestEnvironment.fixedTime)
        let ids = Ids(calder: calder, ect: ect, report: report)
        // Enough ECTs for a second page of /ects before the copies, so page 2 is a real page.
        try StatementCountSeed(database: application.database).copy(ectIDs: tutored, times: 60 / max(tutored.count, 1))

        let few = try measure(application, ids)
        try StatementCountSeed(database: application.database).copy(ectIDs: tutored, times: 10)
        let many = try measure(application, ids)

        for page in Self.pages {
            print("statements: \(page.name): \(few[page.name] ?? -1) then \(many[page.name] ?? -1)")
        }
        for page in Self.pages {
            let (fewCount, manyCount) = (few[page.name] ?? -1, many[page.name] ?? -1)
            XCTAssertLessThanOrEqual(manyCount, page.limit, "\(page.name) (\(page.target(ids))) ran \(manyCount) statements")
            XCTAssertEqual(fewCount, manyCount, "\(page.name) (\(page.target(ids))) runs more statements with more ECTs: N+1")
        }
    }

    /// Statements per page: each page is requested once to warm it (a first visit may log the view),
    /// then counted on the second request.
    private func measure(_ application: Application, _ ids: Ids) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for page in Self.pages {
            let session = try TestSession.acting(application, page.email, as: page.role,
                                                 urn: page.role.isAppropriateBodyStaff ? nil : Self.calderURN)
            let target = page.target(ids)
            XCTAssertEqual(session.get(target).status, 200, "\(page.name) \(target)")
            let before = application.database.statementsRun
            let response = session.get(target)
            counts[page.name] = application.database.statementsRun - before
            XCTAssertEqual(response.status, 200, "\(page.name) \(target)")
        }
        return counts
    }
}
