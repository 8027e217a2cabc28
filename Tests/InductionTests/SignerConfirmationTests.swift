import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 9 item 7: a signer who confirmed who they are in this session in the last 10 minutes (by
/// signing in with their password, or a password given to sign) is not asked again; after that they are.
final class SignerConfirmationTests: XCTestCase {
    private func session(_ fixture: ReportFixture, startedMinutesAgo minutes: Double) throws -> String {
        let clock = MutableTimeSource(TestFixtures.fixedDate)
        clock.advance(minutes: -minutes)
        let tutor = try fixture.tutor
        return try SessionStore(database: fixture.database, time: clock)
            .start(userID: try XCTUnwrap(tutor.userID), secondFactorPending: false, clientAddress: "", replacing: nil).token
    }

    private func signRecent(_ fixture: ReportFixture, _ reportID: Int, token: String) throws {
        try SignReport(store: fixture.store)
            .sign(reportID: reportID, as: .tutor, confirmation: .recent(sessionToken: token), author: try fixture.tutor)
    }

    func testASignInNineMinutesAgoIsConfirmationEnough() throws {
        let fixture = try ReportFixture()
        let reportID = try fixture.report(.shared)
        try signRecent(fixture, reportID, token: try session(fixture, startedMinutesAgo: 9))
        XCTAssertEqual(try fixture.load(reportID).signedRoles, [.tutor])
    }

    func testAfterTenMinutesThePasswordIsAskedAgain() throws {
        let fixture = try ReportFixture()
        let reportID = try fixture.report(.shared)
        let token = try session(fixture, startedMinutesAgo: 11)
        XCTAssertThrowsError(try signRecent(fixture, reportID, token: token)) { XCTAssertEqual($0 as? ReportRefusal, .confirmationNeeded) }
        try SignReport(store: fixture.store)
            .sign(reportID: reportID, as: .tutor, confirmation: .password(TestFixtures.demoPassword, sessionToken: token), author: try fixture.tutor)
        XCTAssertEqual(try fixture.load(reportID).signedRoles, [.tutor], "the password signs, and confirms for the next 10 minutes")
    }
}
