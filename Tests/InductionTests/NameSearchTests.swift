import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 12 with issue 10 item 8: the AB's search reads full-text indexes of names (Migration029)
/// that triggers keep in step with every insert, rename and removal.
final class NameSearchTests: XCTestCase {
    private var database: Database!
    private var reader: InductionReader { InductionReader(database: database) }

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(seeded: true, accounts: false)
    }

    private func names(_ query: String) throws -> [String] { try reader.search(query).ects.map(\.name) }

    func testEachWordMatchesTheStartOfAWordOfTheNameInAnyOrderAndCase() throws {
        XCTAssertEqual(try names("hart amel"), ["Amelia Hartley"])
        XCTAssertEqual(try names("HARTLEY"), ["Amelia Hartley"])
        XCTAssertEqual(try names("artley"), [], "the start of a word, not the middle")
        XCTAssertEqual(try reader.search("holme").schools.map(\.name), ["Holme Moss Academy"])
        XCTAssertEqual(try reader.search("moss acad").schools.map(\.name), ["Holme Moss Academy"], "any word of a school's name")
    }

    func testRenamesNewRecordsAndRemovalsReachTheIndex() throws {
        try database.write { try $0.run("UPDATE ects SET first_name = 'Zoë', last_name = 'Ó Briain' WHERE id = 1") }
        XCTAssertEqual(try names("hartley"), [], "the old name is gone")
        XCTAssertEqual(try names("zoe o briain"), ["Zoë Ó Briain"], "accents are ignored, as people type")
        XCTAssertEqual(try names("Ó'Briain"), ["Zoë Ó Briain"])
        try database.write { c in
            try c.run("""
                INSERT INTO schools (appropriate_body_id, name, urn, created_at)
                SELECT id, 'Quarry Bank Primary', '199998', '2026-11-25T09:00:00Z' FROM appropriate_bodies LIMIT 1
                """)
        }
        XCTAssertEqual(try reader.search("quarry").schools.map(\.urn), ["199998"])
        XCTAssertEqual(try reader.search("19999").schools.map(\.urn), ["199998"], "digits find a URN from its start")
        try database.write { try $0.run("DELETE FROM schools WHERE urn = '199998'") }
        XCTAssertEqual(try reader.search("quarry").schools, [], "a removed school is gone from the index")
    }

    func testTheQueryIsQuotedSoNoWordIsReadAsSyntax() {
        XCTAssertEqual(InductionReader.fullTextQuery(["o'brien"]), #""o"* "brien"*"#)
        XCTAssertEqual(InductionReader.fullTextQuery(["NEAR(a", "OR", "b*"]), #""NEAR"* "a"* "OR"* "b"*"#)
        XCTAssertNil(InductionReader.fullTextQuery(["%_%", "\"\""]))
    }

    func testSyntaxInAQueryFindsNothingRatherThanFailing() throws {
        for query in ["\" OR \"", "NEAR(x y)", "a:b", "-amelia", "^hart", "%_%", "*"] {
            XCTAssertNoThrow(try reader.search(query), query)
        }
    }
}
