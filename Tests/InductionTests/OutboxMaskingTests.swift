import InductDomainTestSupport
import Induction
import XCTest

final class OutboxMaskingTests: XCTestCase {
    /// The message as the outbox stores and reads it back.
    private func message(_ body: String) throws -> OutboxMessage {
        let database = try TestFixtures.makeDatabase(seeded: false, accounts: false)
        let id = try database.write {
            try OutgoingEmail(recipient: "a@example.org", subject: "s", body: body).enqueue(in: $0, at: TestFixtures.fixedTime.timestamp)
        }
        return try XCTUnwrap(try database.read { try OutboxQueries().message(id: id, $0) })
    }

    func testInvitationAndResetLinksAndSignInCodesAreMaskedAndTheRestKept() throws {
        let body = """
            Open https://induct.example/invitations/Abc-_123 to join school 107512.
            Or http://127.0.0.1:8080/reset-password/xyz?x=1&y=2.
            Your Induct sign-in code is 493027
            See https://induct.example/help and https://induct.example/ects/12.
            """
        XCTAssertEqual(try message(body).maskingOneTimeSecrets.body, """
            Open [link sent by email] to join school 107512.
            Or [link sent by email].
            Your Induct sign-in code is [code sent by email]
            See https://induct.example/help and https://induct.example/ects/12.
            """)
        XCTAssertEqual(try message(body).maskingOneTimeSecrets.subject, "s")
    }
}
