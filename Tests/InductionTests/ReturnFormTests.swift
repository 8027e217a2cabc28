import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 10 item 2: the AB returns a report with common reasons, its own words and comments per part.
final class ReturnFormTests: XCTestCase {
    func testReasonsWordsAndCommentsBecomeTheSchoolsText() throws {
        let text = try ReturnForm(reasons: ["targets", "ect-comment"], values: ["details": "See below.", "comment-targets": "Make target 1 measurable."])
            .validate().get()
        XCTAssertEqual(text, """
            • Targets are too broad or not measurable
            • No comment from the ECT

            See below.

            The targets: Make target 1 measurable.
            """)
    }

    func testSomethingMustBeGiven() {
        XCTAssertEqual(ReturnForm(values: ["comment-targets": "Only a comment"]).validate(),
                       .failure(ValidationErrors(["reasons": "Choose a reason for returning the report, or give your own"])))
        XCTAssertNotNil(try? ReturnForm(values: ["details": "Words of our own"]).validate().get())
        XCTAssertEqual(ReturnForm(reasons: ["evidence"], values: ["details": String(repeating: "x", count: 2000)]).validate(),
                       .failure(ValidationErrors(["details": "The reasons and comments must be 2,000 characters or fewer in all"])))
    }
}
