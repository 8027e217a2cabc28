import Foundation
import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 12 item 2: `/ab/schools` shows 50 schools a page, and the links to the pages around keep
/// the status filter.
final class SchoolsListPagingTests: XCTestCase {
    private var session: TestSession!

    override func setUpWithError() throws {
        let application = try TestEnvironment.makeApplication()
        // The 3 demo schools and 55 suspended ones: 58 in all.
        try application.database.write { c in
            try c.transaction {
                for n in 1...55 {
                    try c.run("""
                        INSERT INTO schools (appropriate_body_id, urn, name, status, created_at)
                        VALUES ((SELECT min(id) FROM appropriate_bodies), ?, ?, 'suspended', '2026-01-01T00:00:00Z')
                        """, [String(600_000 + n), String(format: "Test School %02d", n)])
                }
            }
        }
        session = try TestSession.acting(application, "ab-officer@pennine.example", as: .abOfficer, urn: nil)
    }

    private func rows(_ html: String) -> Int {
        html.components(separatedBy: #"<th scope="row">"#).count - 1
    }

    func testFiftySchoolsAPageWithLinksBothWays() throws {
        let pending = rows(session.get("/ab/schools?status=pending").text)
        let first = session.get("/ab/schools").text
        XCTAssertEqual(rows(first), 50)
        XCTAssertTrue(first.contains("Page 1 of 2"))
        XCTAssertTrue(first.contains(#"href="/ab/schools?page=2" rel="next""#))
        let second = session.get("/ab/schools?page=2").text
        XCTAssertEqual(rows(second), 58 + pending - 50)
        XCTAssertTrue(second.contains(#"href="/ab/schools" rel="prev""#))
    }

    func testTheStatusFilterIsKeptInThePageLinks() throws {
        let first = session.get("/ab/schools?status=suspended").text
        XCTAssertEqual(rows(first), 50)
        XCTAssertFalse(first.contains("Calder Valley Primary School"), "authorised schools are not listed")
        XCTAssertTrue(first.contains(#"href="/ab/schools?status=suspended&amp;page=2" rel="next""#))
        let second = session.get("/ab/schools?status=suspended&page=2").text
        XCTAssertEqual(rows(second), 5)
        XCTAssertTrue(second.contains("Test School 55"))
        XCTAssertTrue(second.contains(#"href="/ab/schools?status=suspended" rel="prev""#))
    }
}
