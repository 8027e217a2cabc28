import Foundation
import Induction
import InductDomainTestSupport
import InductTestSupport
import Web
import XCTest

/// Issue 12 item 1: the pages `make bench` measures read the scale data set (here 200 ECTs) and
/// answer 200 for a scale school's tutor and headteacher and the appropriate body's admin.
final class ScaleDataPagesTests: XCTestCase {
    private static let urn = "200001"

    private func makeApplication() throws -> Application {
        let database = try TestEnvironment.makeDatabase()
        let summary = try SeedScaleData(store: InductionStore(database: database, time: TestEnvironment.fixedTime))
            .seed(ects: 200, password: TestEnvironment.demoPassword, author: .system("induct demo --scale"))
        XCTAssertEqual(summary?.headteacherEmail, "headteacher@\(Self.urn).scale.example")
        return try TestEnvironment.makeApplication(database: database)
    }

    func testTheSchoolHomesRenderForTheTutorAndTheHeadteacher() throws {
        let application = try makeApplication()
        let records = DemoRecords(application.database)
        let school = try records.schoolID(urn: Self.urn)
        let tutor = try TestSession.acting(application, "induction-tutor@\(Self.urn).scale.example", as: .inductionTutor, urn: Self.urn)
        let head = try TestSession.acting(application, "headteacher@\(Self.urn).scale.example", as: .headteacher, urn: Self.urn)
        for session in [tutor, head] {
            let home = session.get("/schools/\(school)")
            XCTAssertEqual(home.status, 200)
            XCTAssertTrue(home.text.contains("/reports/"), "the school's reports are listed")
        }
        let ect = try XCTUnwrap(try records.ectIDs(urn: Self.urn).first)
        XCTAssertEqual(tutor.get("/ects/\(ect)").status, 200)
    }

    func testTheAppropriateBodysPagesRenderAtScale() throws {
        let application = try makeApplication()
        let admin = try TestSession.acting(application, "ab-admin@pennine.example", as: .abAdmin, urn: nil)
        for path in ["/ab", "/ab/reports", "/ab/at-risk", "/ab/schools", "/ects", "/ab/search?q=Patel"] {
            XCTAssertEqual(admin.get(path).status, 200, path)
        }
        XCTAssertTrue(admin.get("/ab/search?q=Patel").text.contains("Patel"), "the search finds scale ECTs")
    }

    /// One report of each state, as its tutor and (once shared) as the AB admin.
    func testAReportPageOfEveryStateRenders() throws {
        let application = try makeApplication()
        let records = DemoRecords(application.database)
        let admin = try TestSession.acting(application, "ab-admin@pennine.example", as: .abAdmin, urn: nil)
        for state in ReportState.allCases {
            let row = try XCTUnwrap(try application.database.read { c in
                try c.queryOne("""
                    SELECT r.id, s.urn FROM reports r JOIN schools s ON s.id = r.school_id WHERE r.state = ? AND s.urn >= '200001'
                    ORDER BY r.id LIMIT 1
                    """, [state.rawValue])
            }, state.rawValue)
            let (report, urn) = (try row.int("id"), try row.string("urn"))
            let tutor = try TestSession.acting(application, "induction-tutor@\(urn).scale.example", as: .inductionTutor, urn: urn)
            XCTAssertEqual(tutor.get("/reports/\(report)").status, 200, state.rawValue)
            if state != .draft { XCTAssertEqual(admin.get("/reports/\(report)").status, 200, state.rawValue) }
        }
        XCTAssertGreaterThan(try records.count("SELECT count(*) FROM reports WHERE state = 'submitted'"), 0)
    }

    /// Every scale account shares one hash of the demo password: the real sign-in form takes it.
    func testAScaleTutorSignsInWithTheDemoPassword() throws {
        let application = try makeApplication()
        let session = TestSession(application)
        XCTAssertEqual(session.signIn("induction-tutor@\(Self.urn).scale.example").status, 303)
        let school = try DemoRecords(application.database).schoolID(urn: Self.urn)
        XCTAssertEqual(session.get("/schools/\(school)").status, 200)
    }
}
