import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// SG 2.62–2.63: an interim assessment's header gives the terms served, the days absent since the
/// last formal assessment, the leaving date and the next school, all from the record.
final class InterimAssessmentHeaderTests: XCTestCase {
    func testTheHeaderFillsItselfFromTheRecord() throws {
        let fixture = try ReportFixture()
        let priya = try fixture.priya
        let sickness = try XCTUnwrap(Absence(start: CalendarDate(iso: "2026-03-02")!, end: CalendarDate(iso: "2026-03-04")!, days: 3,
                                             category: .sickness, ectChoosesToExtend: false))
        try RecordAbsence(store: fixture.store).record(sickness, ectID: priya, author: try fixture.head)
        try RecordLeaving(store: fixture.store).record(leaving: CalendarDate(iso: "2026-10-23")!, nextSchool: "Holme Moss Academy",
                                                       ectID: priya, author: try fixture.head)
        let item = try XCTUnwrap(try fixture.database.read { c in
            try TermCalendar.compute(try XCTUnwrap(try ECTRecordLoader().load(ectID: priya, c)).calendarInput).dueItems
                .first { $0.kind == .interimAssessment }
        })
        let id = try StartReport(store: fixture.store).start(ectID: priya, kind: .interimAssessment, termNumber: item.forTermNumber,
                                                            author: try fixture.tutor)
        let page = try XCTUnwrap(try fixture.store.reader.reportPage(id: id, viewerUserID: try fixture.tutor.userID, sessionToken: nil,
                                                                     today: TestFixtures.fixedTime.today, now: TestFixtures.fixedDate))
        XCTAssertEqual(page.header.daysAbsentSinceLastAssessment, 3)
        XCTAssertEqual(page.header.periodEnd?.iso, "2026-10-23")
        XCTAssertEqual(page.header.nextSchool, "Holme Moss Academy")
        XCTAssertNotNil(page.header.termsServed)
        XCTAssertEqual(SignerRole.required(for: .interimAssessment), [.tutor, .headteacher, .ect])
    }
}
