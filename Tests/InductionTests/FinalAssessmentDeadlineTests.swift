import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// SG 2.61: the final assessment's report is due 10 working days after the meeting the school records.
final class FinalAssessmentDeadlineTests: XCTestCase {
    func testTheDueDateIsTenWorkingDaysAfterTheMeetingBankHolidaysExcluded() throws {
        let fixture = try ReportFixture()
        let fatima = try fixture.id("SELECT id FROM ects WHERE trn = '3021784'")
        let tutor = try fixture.person("induction-tutor@138204.schools.example", as: .inductionTutor)
        let id = try StartReport(store: fixture.store).start(ectID: fatima, kind: .finalFormalAssessment, termNumber: 6, author: tutor)
        // Thursday 20 May 2027; Monday 31 May 2027 is the spring bank holiday.
        try SaveReport(store: fixture.store).save(reportID: id, fields: ["meeting-date": "2027-05-20"], basedOn: 1, author: tutor)
        XCTAssertEqual(try fixture.load(id).dueDate.iso, "2027-06-04")
    }
}
