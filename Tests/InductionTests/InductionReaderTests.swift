import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 8 item 2: the web layer's reads, each opening its own read in the domain.
final class InductionReaderTests: XCTestCase {
    /// Amelia Hartley (ects 1) leaves school 1 on 2 April 2026 and starts at school 2 on 20 April.
    private func transferred() throws -> Database {
        let database = try TestFixtures.makeDatabase(accounts: false)
        let before = try InductionReader(database: database).appropriateBodySummary()
        try database.write { connection in
            try connection.transaction {
                try connection.run("UPDATE induction_periods SET end_date = '2026-04-02', terms_served = 2000 WHERE ect_id = 1")
                try connection.run("""
                    INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at)
                    VALUES (1, 2, '2026-04-20', 'confirmed', '2026-04-01T09:00:00Z')
                    """)
                try connection.run("UPDATE ects SET school_id = 2 WHERE id = 1")
            }
        }
        return database
    }

    func testTheRecordPageComputesTheCalendarFromTheRecordItLoaded() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        let page = try InductionReader(database: database).ectRecordPage(ectID: 1, viewerSchoolID: 1, withContact: false)
        guard case .current(let record, let calendar, let contact, _)? = page else { return XCTFail("expected the current record, got \(String(describing: page))") }
        XCTAssertEqual(record.ect.id, 1)
        XCTAssertNil(contact, "the contact is loaded for the ECT's own view only")
        let expected = try TermCalendar.compute(record.calendarInput)
        XCTAssertEqual(calendar?.projectedEndDate, expected.projectedEndDate)
        XCTAssertEqual(calendar?.terms.count, expected.terms.count)
    }

    func testTheSchoolTheECTLeftGetsItsFormerPeriodAndTheNewSchoolTheRecord() throws {
        let reader = InductionReader(database: try transferred())
        guard case .former(let former)? = try reader.ectRecordPage(ectID: 1, viewerSchoolID: 1, withContact: false) else {
            return XCTFail("the school left sees its former period")
        }
        XCTAssertEqual(former.period.endDate?.iso, "2026-04-02")
        guard case .current(let record, _, _, _)? = try reader.ectRecordPage(ectID: 1, viewerSchoolID: 2, withContact: false) else {
            return XCTFail("the new school sees the record")
        }
        XCTAssertEqual(record.ect.schoolID, 2)
        guard case .current? = try reader.ectRecordPage(ectID: 1, viewerSchoolID: nil, withContact: true) else {
            return XCTFail("the appropriate body sees the record")
        }
        XCTAssertTrue(try reader.hasLeft(ectID: 1, schoolID: 1))
        XCTAssertFalse(try reader.hasLeft(ectID: 1, schoolID: 2))
        XCTAssertEqual(try reader.schoolID(ofECT: 1), 2)
    }

    func testAMissingECTOrSchoolIsNil() throws {
        let reader = InductionReader(database: try TestFixtures.makeDatabase(accounts: false))
        XCTAssertNil(try reader.ectRecordPage(ectID: 9999, viewerSchoolID: nil, withContact: false))
        XCTAssertNil(try reader.schoolID(ofECT: 9999))
        XCTAssertFalse(try reader.schoolExists(id: 9999))
        XCTAssertNil(try reader.schoolName(id: 9999))
        XCTAssertTrue(try reader.schoolExists(id: 1))
        XCTAssertTrue(reader.isMigrated())
    }

    func testTheAppropriateBodySummaryCountsWhatTheDirectoryLists() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        let before = try InductionReader(database: database).appropriateBodySummary()
        try database.write {
            try $0.run("""
                INSERT INTO school_registration_requests (school_name, urn, requester_name, requester_role, requester_email, status, created_at)
                VALUES ('Brook Primary', '123456', 'Dana Lee', 'headteacher', 'dana@example.org', 'pending', '2026-11-20T09:00:00Z')
                """)
        }
        let summary = try InductionReader(database: database).appropriateBodySummary()
        let rosters = try database.read { try InductionDirectory().rosters($0) }
        XCTAssertGreaterThan(summary.schoolCount, 0)
        XCTAssertEqual(summary.schoolCount, rosters.count)
        XCTAssertEqual(summary.ectCount, rosters.reduce(0) { $0 + $1.ects.count })
        XCTAssertEqual(summary.pendingSchoolRegistrations, before.pendingSchoolRegistrations + 1)
        XCTAssertEqual(summary.bodyName, try database.read { try InductionDirectory().appropriateBodyName($0) })
    }
}

extension InductionReaderTests {
    func testRostersAndRecordsReadWhatTheDirectoryAndLoaderRead() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        let reader = InductionReader(database: database)
        let rosters = try database.read { try InductionDirectory().rosters($0) }
        XCTAssertEqual(try reader.rosters().map(\.school.id), rosters.map(\.school.id))
        XCTAssertEqual(try reader.ectRecord(id: 1)?.ect.id, 1)
        XCTAssertNil(try reader.ectRecord(id: 9999))
    }
}
