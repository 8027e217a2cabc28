import Induction
import InductTestSupport
import Web
import XCTest

/// Issue 11 item 9: a user guide per role and a page on the statutory rules, open to everyone and
/// linked from the footer of every page.
final class HelpPagesTests: XCTestCase {
    private let paths = ["/help", "/help/appropriate-body-officer", "/help/appropriate-body-admin", "/help/headteacher",
                         "/help/induction-lead", "/help/induction-tutor", "/help/mentor", "/help/school-administrator",
                         "/help/early-career-teacher", "/help/rules"]
    private let tutorEmail = "david.greenwood@107512.schools.example"

    func testEveryHelpPageOpensForAVisitorAndASignedInPersonWithItsOwnTitle() throws {
        let application = try TestEnvironment.makeApplication()
        let tutor = try TestSession.acting(application, tutorEmail, as: .inductionTutor, urn: "107512")
        var titles: [String: String] = [:]
        for path in paths {
            let visitor = TestSession(application).get(path)
            XCTAssertEqual(visitor.status, 200, path)
            let signedIn = tutor.get(path)
            XCTAssertEqual(signedIn.status, 200, path)
            XCTAssertTrue(signedIn.text.contains("David Greenwood"), "\(path) is shown to the signed-in person as themselves")
            let title = try XCTUnwrap(visitor.title, path)
            XCTAssertTrue(title.hasSuffix(" – Induct"), title)
            XCTAssertNil(titles[title], "\(path) has the same title as \(titles[title] ?? "")")
            titles[title] = path
            let heading = try XCTUnwrap(HTML.firstMatch(#"<h1 class="heading-xl">(.*?)</h1>"#, in: visitor.text), path)
            XCTAssertEqual(HTML.plainText(heading) + " – Induct", title, "the h1 names the page as its title does")
        }
        XCTAssertEqual(titles.count, paths.count)
    }

    func testTheIndexLinksToEveryGuideAndEachGuideLinksToTheRules() throws {
        let application = try TestEnvironment.makeApplication()
        let index = TestSession(application).get("/help").text
        for path in paths.dropFirst() {
            XCTAssertTrue(index.contains("href=\"\(path)\""), "the index links to \(path)")
        }
        for path in paths.dropFirst().dropLast() {
            let page = TestSession(application).get(path).text
            XCTAssertTrue(page.contains("href=\"/help/rules\""), "\(path) links to the rules")
            XCTAssertTrue(page.contains("href=\"/account/reminders\""), "\(path) explains reminders")
            XCTAssertTrue(page.contains("id=\"what-you-cannot-do\""), "\(path) says what the role cannot do")
        }
    }

    func testTheRulesPageGivesTheStatutoryClocksWithTheirParagraphs() throws {
        let application = try TestEnvironment.makeApplication()
        let rules = HTML.plainText(TestSession(application).get("/help/rules").text)
        for fact in ["usually 6 terms (SG 2.30)", "0.5 of full time takes 4 school years (SG 2.36)", "30 days or more",
                     "(SG 3.6; regulation 8)", "Regulation 11", "SG 2.67", "SG 2.69", "SG 2.70", "bank holidays"] {
            XCTAssertTrue(rules.contains(fact), "the rules page says \(fact)")
        }
    }

    func testTheFooterOfEveryPageLinksToHelp() throws {
        let application = try TestEnvironment.makeApplication()
        let tutor = try TestSession.acting(application, tutorEmail, as: .inductionTutor, urn: "107512")
        for page in [TestSession(application).get("/sign-in"), tutor.get("/account")] {
            XCTAssertEqual(page.status, 200)
            let footer = try XCTUnwrap(HTML.firstMatch(#"<footer class="footer">([\s\S]*?)</footer>"#, in: page.text))
            XCTAssertTrue(footer.contains("<a href=\"/help\">Help</a>"), footer)
        }
    }

    func testAnUnknownHelpPageIsNotFound() throws {
        let application = try TestEnvironment.makeApplication()
        XCTAssertEqual(TestSession(application).get("/help/nobody").status, 404)
    }
}
