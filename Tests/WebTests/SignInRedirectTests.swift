import InductTestSupport
@testable import Web
import XCTest

/// `?next=` after sign-in is a same-origin path only: browsers drop tabs and newlines from a
/// Location and read "\" as "/", so either could turn a path into another site.
final class SignInRedirectTests: XCTestCase {
    func testControlCharactersBackslashesAndOtherSitesAreRefused() {
        for candidate in ["/\t/evil.example/", "/\n/evil.example", "/\r/evil.example", "/\u{0}/evil.example", "/\u{7F}x",
                          "/\u{85}/evil.example", "/\u{A0}/evil.example", "/ /evil.example", "/\\evil.example", "/ects\\..\\x",
                          "//evil.example", "https://evil.example/", "evil.example", ""] {
            XCTAssertNil(PercentEncoding.safeLocalPath(candidate), candidate.debugDescription)
        }
        for candidate in ["/", "/ects", "/ects?school=3&page=2", "/ects/12/record#absences", "/ab/%2F%2Fevil"] {
            XCTAssertEqual(PercentEncoding.safeLocalPath(candidate), candidate)
        }
    }

    func testATabInNextSendsThePersonHomeInsteadOfAwayAfterSignIn() throws {
        let session = TestSession(try TestEnvironment.makeApplication())
        let page = session.get("/sign-in?next=/%09/evil.example/")
        XCTAssertFalse(page.text.contains("evil.example"), "the form does not carry the refused target on")
        let signedIn = session.post("/sign-in?next=/%09/evil.example/",
                                    form: [("email", "ab-officer@pennine.example"), ("password", TestEnvironment.demoPassword)])
        XCTAssertEqual(signedIn.status, 303)
        XCTAssertEqual(signedIn.location, "/ab")
    }
}
