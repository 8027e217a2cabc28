import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 10 items 3 and 5 together: a pass the AB records goes into the next outcomes return in the
/// DfE's format, once; a fail never does, and is listed for entry one by one.
final class DfEOutcomesFromDecisionsTests: XCTestCase {
    private func day(_ iso: String) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = CalendarDate(iso: iso)!
        return calendar.date(from: DateComponents(year: date.year, month: date.month, day: date.day, hour: 12))!
    }

    private func decided(_ outcome: InductionOutcome) throws -> (store: InductionStore, database: Database) {
        let database = try TestFixtures.makeDatabase()
        // The DfE needs the date of birth; the demo registrations leave it out.
        try database.write { try $0.run("UPDATE ects SET date_of_birth = '1999-04-12' WHERE trn = '3021784'") }
        let clock = MutableTimeSource(day("2027-07-12"))
        try TestFixtures.makeAcceptedFinalAssessment(database, time: clock,
                                                      recommendation: outcome == .pass ? "satisfactory" : "unsatisfactory")
        clock.advance(by: 3 * 86_400)
        let store = InductionStore(database: database, time: clock)
        let fatima = try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM ects WHERE trn = '3021784'") })
        let decidedOn = CalendarDate(iso: "2027-07-14")!
        _ = try RecordInductionOutcome(store: store).record(
            InductionOutcomeEntry(outcome: outcome, decidedOn: decidedOn, ectToldInWritingOn: outcome == .fail ? decidedOn : nil),
            ectID: fatima, author: TestFixtures.makeAuthor(name: "Officer", role: .abOfficer))
        return (store, database)
    }

    func testAPassIsInTheNextOutcomesReturnOnce() throws {
        let (store, _) = try decided(.pass)
        let preview = try store.reader.dfeReturnsPage(today: store.time.today).outcomes
        XCTAssertEqual(preview.refused, [], "nothing refused")
        let export = try ExportDfEReturn(store: store).export(.outcomes, author: TestFixtures.makeAuthor(name: "Officer", role: .abOfficer))
        let lines = export.files.flatMap { $0.text.components(separatedBy: "\r\n") }
        let row = try XCTUnwrap(lines.first { $0.hasPrefix("3021784,") }, "\(lines)")
        XCTAssertTrue(row.hasSuffix(",pass"), row)
        XCTAssertTrue(row.hasPrefix("3021784,1999-04-12,2027-07-09,"), "the final assessment's day ends the period: \(row)")
        XCTAssertThrowsError(try ExportDfEReturn(store: store).export(.outcomes, author: TestFixtures.makeAuthor()),
                             "a second export offers nothing already exported")
    }

    func testAFailIsNeverInTheBulkFile() throws {
        let (store, _) = try decided(.fail)
        let page = try store.reader.dfeReturnsPage(today: store.time.today)
        XCTAssertTrue(page.outcomes.fails.contains { $0.trn == "3021784" && $0.toldOn == "2027-07-14" })
        let export = try? ExportDfEReturn(store: store).export(.outcomes, author: TestFixtures.makeAuthor())
        XCTAssertFalse((export?.files ?? []).contains { $0.text.contains("3021784,") })
    }
}
