import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 10's must-show: with 1,200 completed ECTs the outcomes export makes two files of at most
/// 1,000 rows, each under 100 KB, and a second export offers nothing already exported.
final class DfEOutcomesAtScaleTests: XCTestCase {
    func testTwelveHundredPassesMakeTwoFilesAndASecondExportOffersNothing() throws {
        let fixture = try DfEReturnsFixture()
        try fixture.manyPasses(1_200)
        let store = InductionStore(database: fixture.database, time: FixedTimeSource(Date(timeIntervalSince1970: 1_816_074_000)))
        XCTAssertEqual(store.time.today.iso, "2027-07-20")
        let export = try ExportDfEReturn(store: store).export(.outcomes, author: fixture.author)
        XCTAssertEqual(export.files.map(\.rows.count), [1_000, 200])
        for file in export.files {
            XCTAssertLessThan(file.byteCount, 100_000)
            XCTAssertTrue(file.text.hasPrefix("TRN,Date of birth,Induction period end date,Number of terms,Outcome\r\n"))
            XCTAssertEqual(Set(file.rows.map(\.trn)).count, file.rows.count, "no TRN twice in a file")
        }
        XCTAssertTrue(export.files[0].text.contains("\r\n4000001,1999-01-01,2027-07-16,6,pass\r\n"), "the DfE's format, row by row")
        XCTAssertEqual(Set(export.files.flatMap(\.rows).map(\.trn)).count, 1_200, "every pass once")

        XCTAssertEqual(try store.reader.dfeReturnsPage(today: store.time.today).outcomes.rows, [])
        XCTAssertThrowsError(try ExportDfEReturn(store: store).export(.outcomes, author: fixture.author)) {
            XCTAssertEqual($0 as? DfEReturnError, .nothingToExport(.outcomes))
        }
    }
}
