import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 9 item 7: those who sign in with an emailed code may sign with one instead of a password.
final class SigningWithAnEmailedCodeTests: XCTestCase {
    func testTheEmailedCodeSignsAndAWrongOneDoesNot() throws {
        let fixture = try ReportFixture()
        let reportID = try fixture.report(.shared)
        let tutor = try fixture.tutor
        try fixture.database.write { try $0.run("UPDATE users SET second_factor_enabled = 1 WHERE id = ?", [tutor.userID]) }
        XCTAssertTrue(try SendSignInCode(store: fixture.store).send(userID: try XCTUnwrap(tutor.userID), author: tutor))
        let body = try XCTUnwrap(try SignInFixtures.outbox(fixture.database).last { $0.subject == "Your Induct sign-in code" }?.body)
        let code = try XCTUnwrap(body.split(whereSeparator: \.isWhitespace).map { $0.trimmingCharacters(in: .punctuationCharacters) }
            .first { $0.count == 6 && $0.allSatisfy(\.isNumber) })
        let sign = SignReport(store: fixture.store)
        XCTAssertThrowsError(try sign.sign(reportID: reportID, as: .tutor, confirmation: .emailedCode("000000", sessionToken: nil), author: tutor)) {
            XCTAssertEqual($0 as? ReportRefusal, .wrongConfirmation)
        }
        try sign.sign(reportID: reportID, as: .tutor, confirmation: .emailedCode(code, sessionToken: nil), author: tutor)
        XCTAssertEqual(try fixture.load(reportID).signedRoles, [.tutor])
    }
}
