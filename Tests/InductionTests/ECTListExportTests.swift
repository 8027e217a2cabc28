import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 10 item 5: the AB's ECT list as CSV, one row per ECT, with where each stands.
final class ECTListExportTests: XCTestCase {
    func testEveryECTHasARowWithItsStandingAndCellsAreSpreadsheetSafe() throws {
        let database = try TestFixtures.makeDatabase()
        let store = TestFixtures.makeStore(database)
        try database.write { try $0.run("UPDATE ects SET first_name = '=HYPERLINK(1)' WHERE trn = '3034413'") }
        let rows = try store.reader.ectList(today: TestFixtures.fixedTime.today)
        XCTAssertEqual(rows.count, try database.read { try $0.scalarInt("SELECT count(*) FROM ects") })
        let priya = try XCTUnwrap(rows.first { $0.trn == "3012458" })
        XCTAssertEqual(priya.schoolName, "Calder Valley Primary School")
        XCTAssertEqual(priya.dateOfBirth?.iso, "1999-04-12")
        XCTAssertEqual(priya.workingPattern, "Part time (0.8 FTE)")
        XCTAssertEqual(priya.status, "In induction")
        XCTAssertEqual(priya.tutor, "David Greenwood")
        XCTAssertNotNil(priya.termsServed)
        XCTAssertNotNil(priya.projectedEnd)

        let text = ECTListCSV.text(rows)
        let lines = text.components(separatedBy: "\r\n")
        XCTAssertEqual(lines.first, ECTListCSV.header.joined(separator: ","))
        XCTAssertEqual(lines.count, rows.count + 2, "a header, a row each and the final line end")
        XCTAssertTrue(text.contains(",'=HYPERLINK(1),"), "a formula is shown as text")
        XCTAssertTrue(lines.contains { $0.hasPrefix("145630,St Aidan's C of E High School,3034410,Hannah,Mistry,1998-07-08,") })
    }

    func testADecidedECTShowsItsOutcomeAndNoProjectedEnd() throws {
        let database = try TestFixtures.makeDatabase()
        let store = TestFixtures.makeStore(database)
        _ = try TestFixtures.makeAcceptedFinalAssessment(database, time: TestFixtures.fixedTime, recommendation: "satisfactory")
        let fatima = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM ects WHERE trn = '3021784'") })
        try RecordInductionOutcome(store: store).record(InductionOutcomeEntry(outcome: .pass, decidedOn: TestFixtures.fixedTime.today),
                                                        ectID: fatima, author: TestFixtures.makeAuthor(role: .abOfficer))
        let row = try XCTUnwrap(try store.reader.ectList(today: TestFixtures.fixedTime.today).first { $0.trn == "3021784" })
        XCTAssertEqual(row.outcome, "Passed")
        XCTAssertEqual(row.status, "Passed")
        XCTAssertEqual(row.decidedOn, TestFixtures.fixedTime.today)
        XCTAssertNil(row.projectedEnd)
        XCTAssertEqual(row.latestReportState, "Accepted")
    }
}
