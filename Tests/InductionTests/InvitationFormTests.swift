@testable import Induction
import XCTest

/// Issue 8 item 3: the school's staff form and the admin's officer form check a name and email in one place.
final class InvitationFormTests: XCTestCase {
    func testAnEmptyFormNeedsANameAndAnEmail() {
        XCTAssertEqual(InvitationForm().validate().messages, [
            "name": "Enter their full name",
            "email": "Enter their email address",
        ])
        XCTAssertEqual(InvitationForm(name: " \n", email: "  ").validate().messages.keys.sorted(), ["email", "name"])
    }

    func testABadlyFormedEmailIsRefusedWithTheRoleGrantMessage() {
        XCTAssertEqual(InvitationForm(name: "Ada Lovelace", email: "ada at example").validate().messages,
                       ["email": RoleGrantError.invalidEmail.message])
    }

    func testAGoodFormGivesTheNameAsTypedAndTheEmailNormalised() throws {
        let invitee = try InvitationForm(name: "Ada Lovelace", email: " Ada@Example.ORG ").validate().get()
        XCTAssertEqual(invitee, Invitee(name: "Ada Lovelace", email: "ada@example.org"))
    }
}
