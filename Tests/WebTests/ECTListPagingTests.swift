import Foundation
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 12 item 2: `/ects` shows 50 rows a page, the summary counts the whole list, and the links
/// to the pages around keep the school filter.
final class ECTListPagingTests: XCTestCase {
    private var application: Application!
    private var session: TestSession!

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        let records = DemoRecords(application.database)
        let calder = try records.ectIDs(urn: DemoRecords.calderValleyURN)
        // 12 demo ECTs plus 60 copies at Calder Valley: 72 rows, 2 pages.
        try StatementCountSeed(database: application.database).copy(ectIDs: [try XCTUnwrap(calder.first)], times: 60)
        session = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
    }

    private func names(_ html: String) -> Int {
        html.components(separatedBy: #"class="ect-name""#).count - 1
    }

    func testTheFirstPageShowsFiftyRowsAndLinksToTheSecond() throws {
        let first = session.get("/ects").text
        XCTAssertTrue(first.contains("72 ECTs at 3 schools"), "the summary counts every page")
        XCTAssertEqual(names(first), 50)
        XCTAssertTrue(first.contains("Page 1 of 2"))
        XCTAssertTrue(first.contains(#"href="/ects?page=2" rel="next""#))
        XCTAssertFalse(first.contains(#"rel="prev""#))

        let second = session.get("/ects?page=2").text
        XCTAssertEqual(names(second), 22)
        XCTAssertTrue(second.contains("Page 2 of 2"))
        XCTAssertTrue(second.contains(#"href="/ects" rel="prev""#))
        XCTAssertFalse(second.contains(#"rel="next""#))
        XCTAssertTrue(second.contains("St Aidan&#39;s C of E High School"), "the last school is on the last page")
        XCTAssertEqual(names(session.get("/ects?page=99").text), 22, "a page past the end shows the last page")
    }

    func testTheSchoolFilterIsKeptInThePageLinks() throws {
        let first = session.get("/ects?urn=\(DemoRecords.calderValleyURN)").text
        XCTAssertFalse(first.contains("Holme Moss Academy"), "only the school asked for")
        XCTAssertEqual(names(first), 50)
        XCTAssertTrue(first.contains(#"href="/ects?urn=107512&amp;page=2" rel="next""#))
        XCTAssertTrue(first.contains(#"value="107512""#), "the filter stays in its field")
        let second = session.get("/ects?urn=107512&page=2").text
        XCTAssertTrue(second.contains(#"href="/ects?urn=107512" rel="prev""#))
        XCTAssertFalse(second.contains("Holme Moss Academy"))
        let calderRows = try DemoRecords(application.database).ectIDs(urn: DemoRecords.calderValleyURN).count
        XCTAssertEqual(names(first) + names(second), calderRows)

        let none = session.get("/ects?urn=999999").text
        XCTAssertTrue(none.contains("No school has that URN."))
        XCTAssertTrue(none.contains("0 ECTs at 0 schools"))
    }
}
