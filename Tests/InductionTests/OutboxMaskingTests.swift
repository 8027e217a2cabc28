import Induction
import XCTest

final class OutboxMaskingTests: XCTestCase {
    private func message(_ body: String) -> OutboxMessage {
        OutboxMessage(id: 1, recipient: "a@example.org", subject: "s", body: body, status: .sent, attempts: 1,
                      nextAttemptAt: "", lastError: "", createdAt: "2026-11-25T10:00:00Z", sentAt: nil)
    }

    func testInvitationAndResetLinksAndSignInCodesAreMaskedAndTheRestKept() {
        let body = """
            Open https://induct.example/invitations/Abc-_123 to join school 107512.
            Or http://127.0.0.1:8080/reset-password/xyz?x=1&y=2.
            Your Induct sign-in code is 493027
            See https://induct.example/help and https://induct.example/ects/12.
            """
        XCTAssertEqual(message(body).maskingOneTimeSecrets.body, """
            Open [link sent by email] to join school 107512.
            Or [link sent by email].
            Your Induct sign-in code is [code sent by email]
            See https://induct.example/help and https://induct.example/ects/12.
            """)
        XCTAssertEqual(message(body).maskingOneTimeSecrets.subject, "s")
    }
}
