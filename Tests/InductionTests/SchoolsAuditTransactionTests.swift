import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 8: each change to a school's registration, a school, the term dates and the appropriate
/// body's details and settings writes its audit event in the change's own transaction, so an audit
/// that fails leaves everything as it was.
final class SchoolsAuditTransactionTests: XCTestCase {
    private var database: Database!
    private var store: InductionStore { TestFixtures.makeStore(database) }
    private let author = TestFixtures.makeAuthor(name: "Ruth Admin", role: .abAdmin)
    private let form = SchoolRegistrationForm(urn: "123456", schoolName: "Moorside Community Primary", requesterName: "Sam Okafor",
                                              requesterRole: "headteacher", requesterEmail: "head@moorside.example.org")

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
    }

    private func submitted() throws -> Int {
        guard case .submitted(let id) = try SubmitSchoolRegistration(store: store).submit(form, author: author) else {
            XCTFail("the request was not submitted")
            return -1
        }
        return id
    }

    private func count(_ sql: String) throws -> Int {
        try database.read { try $0.scalarInt(sql) ?? -1 }
    }

    private func firstSchool() throws -> (id: Int, phase: String) {
        let row = try XCTUnwrap(try database.read { try $0.queryOne("SELECT id, phase FROM schools ORDER BY id LIMIT 1") })
        return (try row.int("id"), try row.string("phase"))
    }

    func testSubmittingARegistrationIsUndoneWhenItsAuditFails() throws {
        let probe = try AuditTransactionProbe(database).run { _ = try SubmitSchoolRegistration(store: store).submit(form, author: author) }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        _ = try submitted()
        XCTAssertEqual(try count("SELECT count(*) FROM school_registration_requests"), 1, "without the probe it is stored")
    }

    func testAuthorisingARegistrationIsUndoneWhenItsAuditFails() throws {
        let id = try submitted()
        let probe = try AuditTransactionProbe(database).run {
            _ = try AuthoriseSchoolRegistration(store: store).authorise(id: id, author: author)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        XCTAssertTrue(try AuthoriseSchoolRegistration(store: store).authorise(id: id, author: author))
        XCTAssertEqual(try count("SELECT count(*) FROM schools WHERE urn = '123456'"), 1)
    }

    func testRejectingARegistrationIsUndoneWhenItsAuditFails() throws {
        let id = try submitted()
        let probe = try AuditTransactionProbe(database).run {
            _ = try RejectSchoolRegistration(store: store).reject(id: id, reason: "Not in our area", author: author)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        XCTAssertTrue(try RejectSchoolRegistration(store: store).reject(id: id, reason: "Not in our area", author: author))
    }

    func testSuspendingASchoolIsUndoneWhenItsAuditFails() throws {
        let school = try firstSchool()
        XCTAssertEqual(try count("SELECT count(*) FROM schools WHERE id = \(school.id) AND status = 'authorised'"), 1, "a real change")
        let probe = try AuditTransactionProbe(database).run {
            _ = try ChangeSchoolStatus(store: store).change(schoolID: school.id, suspended: true, author: author)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        XCTAssertTrue(try ChangeSchoolStatus(store: store).change(schoolID: school.id, suspended: true, author: author))
        XCTAssertEqual(try count("SELECT count(*) FROM schools WHERE id = \(school.id) AND status = 'suspended'"), 1)
    }

    func testRecordingASchoolsPhaseIsUndoneWhenItsAuditFails() throws {
        let school = try firstSchool()
        let other: SchoolPhase = school.phase == SchoolPhase.secondary.rawValue ? .primary : .secondary
        let probe = try AuditTransactionProbe(database).run {
            _ = try RecordSchoolPhase(store: store).record(other, schoolID: school.id, author: author)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        XCTAssertTrue(try RecordSchoolPhase(store: store).record(other, schoolID: school.id, author: author))
        XCTAssertEqual(try firstSchool().phase, other.rawValue)
    }

    func testSavingTermDatesIsUndoneWhenItsAuditFails() throws {
        let terms = AcademicYearTerms.englandDefault(academicYear: 2026)
        let probe = try AuditTransactionProbe(database).run { _ = try SaveTermDates(store: store).save(terms, author: author) }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        _ = try SaveTermDates(store: store).save(terms, author: author)
        XCTAssertEqual(try count("SELECT count(*) FROM term_dates WHERE academic_year = 2026"), 1, "a year not yet stored is stored")
    }

    func testResettingTermDatesIsUndoneWhenItsAuditFails() throws {
        try SaveTermDates(store: store).save(.englandDefault(academicYear: 2026), author: author)
        let probe = try AuditTransactionProbe(database).run { _ = try ResetTermDates(store: store).reset(academicYear: 2026, author: author) }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        XCTAssertTrue(try ResetTermDates(store: store).reset(academicYear: 2026, author: author))
    }

    func testSavingTheAppropriateBodysDetailsIsUndoneWhenItsAuditFails() throws {
        var profile = try XCTUnwrap(try database.read { try AppropriateBodyProfile.load($0) })
        profile.name += " (renamed)"
        let probe = try AuditTransactionProbe(database).run { _ = try SaveAppropriateBodyProfile(store: store).save(profile, author: author) }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        XCTAssertEqual(try SaveAppropriateBodyProfile(store: store).save(profile, author: author), ["name"])
    }

    func testSavingTheSettingsIsUndoneWhenItsAuditFails() throws {
        let wanted = AppropriateBodySettings(requireSecondFactor: true)
        XCTAssertNotEqual(try store.reader.appropriateBodySettings(), wanted, "a real change")
        let probe = try AuditTransactionProbe(database).run { _ = try SaveAppropriateBodySettings(store: store).save(wanted, author: author) }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        XCTAssertTrue(try SaveAppropriateBodySettings(store: store).save(wanted, author: author))
        XCTAssertEqual(try store.reader.appropriateBodySettings(), wanted)
    }
}
