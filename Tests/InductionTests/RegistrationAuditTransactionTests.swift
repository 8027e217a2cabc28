import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 8: each change to an ECT's registration writes its audit event in the change's own
/// transaction, so an audit that fails leaves the registration, the record and the outbox as they were.
final class RegistrationAuditTransactionTests: XCTestCase {
    private var database: Database!
    private var store: InductionStore { TestFixtures.makeStore(database) }
    private let lead = TestFixtures.makeAuthor(name: "Lead")
    private let officer = TestFixtures.makeAuthor(name: "Officer", role: .abOfficer)

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase(accounts: false)
    }

    private func schoolID() throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt("SELECT id FROM schools WHERE urn = '107512'") })
    }

    private func registration(email: String? = nil) throws -> ECTRegistration {
        try XCTUnwrap(TestFixtures.makeECTRegistrationForm(email: email).validate(today: TestFixtures.fixedTime.today).value)
    }

    /// A new teacher's pending registration, with an email address so that confirming it invites them.
    private func pendingPeriodID() throws -> Int {
        let outcome = try RegisterECT(store: store).register(try registration(email: "Priya.Sandhu@example.org"),
                                                             schoolID: try schoolID(), author: lead)
        guard case .registered(let periodID, _, _) = outcome else { XCTFail("not registered: \(outcome)"); return -1 }
        return periodID
    }

    private func periodStatus(_ periodID: Int) throws -> String? {
        try database.read { try $0.queryOne("SELECT status FROM induction_periods WHERE id = ?", [periodID])?.string("status") }
    }

    func testRegisteringAnECTIsUndoneWhenItsAuditFails() throws {
        let (registration, schoolID) = (try registration(), try schoolID())
        let probe = try AuditTransactionProbe(database).run {
            _ = try RegisterECT(store: store).register(registration, schoolID: schoolID, author: lead)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        guard case .registered(let periodID, _, _) = try RegisterECT(store: store).register(registration, schoolID: schoolID, author: lead)
        else { return XCTFail("registers without the probe") }
        XCTAssertEqual(try periodStatus(periodID), "pending")
    }

    func testImportingECTsIsUndoneWhenItsAuditFails() throws {
        let csv = [ECTImportTests.header, ECTImportTests.row(1), ECTImportTests.row(2)].joined(separator: "\n")
        let schoolID = try schoolID()
        let probe = try AuditTransactionProbe(database).run {
            _ = try ImportECTs(store: store).importCSV(csv, schoolID: schoolID, author: lead)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        XCTAssertEqual(try ImportECTs(store: store).importCSV(csv, schoolID: schoolID, author: lead), .imported(count: 2))
    }

    func testConfirmingARegistrationAndInvitingTheECTIsUndoneWhenItsAuditFails() throws {
        let periodID = try pendingPeriodID()
        let probe = try AuditTransactionProbe(database).run {
            _ = try ConfirmECTRegistration(store: store, baseURL: "https://induct.test").confirm(periodID: periodID, author: officer)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        XCTAssertTrue(try ConfirmECTRegistration(store: store, baseURL: "https://induct.test").confirm(periodID: periodID, author: officer))
        XCTAssertEqual(try periodStatus(periodID), "confirmed")
        XCTAssertEqual(try database.read {
            try $0.scalarInt("SELECT count(*) FROM role_grants g JOIN users u ON u.id = g.user_id WHERE g.role = 'ect' AND u.email = ?",
                             ["priya.sandhu@example.org"])
        }, 1, "the ECT was invited in the same change")
    }

    func testRejectingARegistrationIsUndoneWhenItsAuditFails() throws {
        let periodID = try pendingPeriodID()
        let probe = try AuditTransactionProbe(database).run {
            _ = try RejectECTRegistration(store: store).reject(periodID: periodID, reason: "TRN does not match", author: officer)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        XCTAssertTrue(try RejectECTRegistration(store: store).reject(periodID: periodID, reason: "TRN does not match", author: officer))
        XCTAssertEqual(try periodStatus(periodID), "rejected")
    }

    func testWithdrawingARegistrationIsUndoneWhenItsAuditFails() throws {
        let (periodID, schoolID) = (try pendingPeriodID(), try schoolID())
        let probe = try AuditTransactionProbe(database).run {
            _ = try WithdrawECTRegistration(store: store).withdraw(periodID: periodID, schoolID: schoolID, author: lead)
        }
        XCTAssertNotNil(probe.error)
        XCTAssertEqual(probe.changedTables, [])
        XCTAssertTrue(try WithdrawECTRegistration(store: store).withdraw(periodID: periodID, schoolID: schoolID, author: lead))
        XCTAssertEqual(try periodStatus(periodID), "withdrawn")
    }
}
