import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 8: each change to an ECT's registration writes its audit event in the change's own
/// transaction. With the audit refused the change fails and no table moves; allowed, it changes them.
final class RegistrationAuditTransactionTests: XCTestCase {
    private var database: Database!
    private var store: InductionStore { TestFixtures.makeStore(database) }
    private let lead = TestFixtures.makeAuthor(name: "Lead", role: .inductionLead)
    private let officer = TestFixtures.makeAuthor(name: "Officer", role: .abOfficer)

    override func setUpWithError() throws {
        database = try TestFixtures.makeDatabase()
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
        try AuditTransactionProbe(database).assertAtomic(["ects", "induction_periods"]) {
            guard case .registered = try RegisterECT(store: store).register(registration, schoolID: schoolID, author: lead) else {
                return XCTFail("registers when the audit is allowed")
            }
        }
    }

    func testImportingECTsIsUndoneWhenItsAuditFails() throws {
        let csv = [ECTImportTests.header, ECTImportTests.row(1), ECTImportTests.row(2)].joined(separator: "\n")
        let schoolID = try schoolID()
        try AuditTransactionProbe(database).assertAtomic(["ects", "induction_periods"]) {
            let outcome = try ImportECTs(store: store).importCSV(csv, schoolID: schoolID, author: lead)
            XCTAssertEqual(outcome, .imported(count: 2))
        }
    }

    func testConfirmingARegistrationAndInvitingTheECTIsUndoneWhenItsAuditFails() throws {
        let periodID = try pendingPeriodID()
        try AuditTransactionProbe(database).assertAtomic(["ects", "induction_periods", "notifications", "one_time_tokens", "outbox_messages", "role_grants", "users"]) {
            let confirmed = try ConfirmECTRegistration(store: store).confirm(periodID: periodID, author: officer)
            XCTAssertTrue(confirmed)
        }
        XCTAssertEqual(try periodStatus(periodID), "confirmed")
        XCTAssertEqual(try database.read {
            try $0.scalarInt("SELECT count(*) FROM role_grants g JOIN users u ON u.id = g.user_id WHERE g.role = 'ect' AND u.email = ?",
                             ["priya.sandhu@example.org"])
        }, 1, "the ECT was invited in the same change")
    }

    func testRejectingARegistrationIsUndoneWhenItsAuditFails() throws {
        let periodID = try pendingPeriodID()
        try AuditTransactionProbe(database).assertAtomic(["ects", "induction_periods", "notifications", "outbox_messages"]) {
            let rejected = try RejectECTRegistration(store: store).reject(periodID: periodID, reason: "TRN does not match", author: officer)
            XCTAssertTrue(rejected)
        }
        XCTAssertEqual(try periodStatus(periodID), "rejected")
    }

    func testWithdrawingARegistrationIsUndoneWhenItsAuditFails() throws {
        let (periodID, schoolID) = (try pendingPeriodID(), try schoolID())
        try AuditTransactionProbe(database).assertAtomic(["ects", "induction_periods"]) {
            let withdrawn = try WithdrawECTRegistration(store: store).withdraw(periodID: periodID, schoolID: schoolID, author: lead)
            XCTAssertTrue(withdrawn)
        }
        XCTAssertEqual(try periodStatus(periodID), "withdrawn")
    }
}
