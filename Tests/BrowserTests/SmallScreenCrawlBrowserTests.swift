import Foundation
import Induction
import InductDomainTestSupport
import InductTestSupport
import XCTest

/// Issue 7, item 23 beyond the pages named in `SmallScreenBrowserTests`: as each demo role at 320 CSS px,
/// every page their home links to and every page those link to, and then the pages a crawl of the demo
/// data does not reach (reports in each state and their print view, the decision, record corrections,
/// withdrawals and the rest), each checked with `assertFits`.
final class SmallScreenCrawlBrowserTests: XCTestCase {
    /// A bound on each role's crawl, the home included, so the test stays quick as the app grows.
    private static let pagesPerRole = 40
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession()
        try session.useSmallScreen()
    }

    override func tearDown() {
        session?.close()
    }

    func testEveryPageTwoLinksFromEachRoleHomeFitsA320PixelScreen() throws {
        let people = try session.demoPeople()
        XCTAssertEqual(Set(people.map(\.role)), Set(Role.allCases), "every role is tried")
        var helpTopics: Set<String> = []
        for person in people {
            try session.driver.deleteAllCookies()
            XCTAssertEqual(try session.signIn(person.email), person.path, person.role.rawValue)
            let visited = try crawl(from: person.path, as: person.role.rawValue, helpTopics: &helpTopics)
            XCTAssertGreaterThanOrEqual(visited.count, 4, "\(person.role.rawValue) reached only \(visited)")
            print("SmallScreenCrawl: \(person.role.rawValue) \(visited.count) pages: \(visited.joined(separator: " "))")
        }
    }

    /// Pages the demo data links to nowhere (they need a report, an absence, a pending registration, a
    /// decision…) or only from deeper down, made with the `DemoRecords` helpers and opened by path.
    func testPagesACrawlDoesNotReachFitA320PixelScreen() throws {
        let database = session.application.database, time = TestEnvironment.fixedTime
        let records = DemoRecords(database)
        let calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
        let ect = try XCTUnwrap(try records.ectIDs(urn: DemoRecords.calderValleyURN).first)
        let priya = try records.count("SELECT id FROM ects WHERE trn = '3012458'")
        let fatima = try records.count("SELECT id FROM ects WHERE trn = '3021784'")
        let review = try records.makeSharedReport(ectID: priya, time: time)
        _ = try records.makeEvidence(reportID: review, time: time)
        let assessment = try session.started(trn: "3021784", kind: .firstFormalAssessment, term: 3, tutorEmail: BrowserSession.holmeMossTutor)
        let final = try TestFixtures.makeAcceptedFinalAssessment(database, time: time)
        let absence = try records.makeAbsence(ectID: ect)
        let pending = try records.makePendingECTRegistration(urn: DemoRecords.calderValleyURN, trn: "3099001", time: time)
        let concern = try records.makeConcern(time: time)
        let request = try records.makeRegistrationRequest(urn: "199999", time: time)
        let message = try records.makeOutboxMessage(time: time)
        let mentorGrant = try records.grantID(email: "mentor@107512.schools.example", role: .mentor, urn: DemoRecords.calderValleyURN)
        let reset = try records.issueResetToken(email: "school-admin@107512.schools.example", time: time)
        let pages: [(email: String?, paths: [String])] = [
            (nil, ["/reset-password/\(reset)"]),
            ("ab-admin@pennine.example", ["/ab/at-risk", "/admin/report-questions", "/admin/report-questions/new", "/admin/outbox/\(message)",
                                          "/admin/registrations/\(request)/reject", "/ab/search?q=Hartley"]),
            ("ab-officer@pennine.example", ["/ects/\(fatima)/decision", "/ects/\(fatima)/decision/letter?to=ect", "/reports/\(final)",
                                            "/reports/\(final)/print", "/reports/\(review)", "/ab/ect-registrations/\(pending)/reject",
                                            "/ab/concerns/\(concern)"]),
            (BrowserSession.holmeMossTutor, ["/reports/\(assessment)", "/reports/\(assessment)/print"]),
            ("david.greenwood@107512.schools.example", ["/reports/\(review)", "/reports/\(review)/print"]),
            ("priya.chauhan@107512.schools.example", ["/reports/\(review)"]),
            ("headteacher@107512.schools.example", ["/ects/\(ect)/tutor-and-mentor", "/ects/\(ect)/working-pattern", "/ects/\(ect)/programme",
                                                    "/ects/\(ect)/absences/\(absence)/edit", "/ects/\(ect)/absences/\(absence)/delete",
                                                    "/schools/\(calder)/ect-registrations/\(pending)/withdraw",
                                                    "/schools/\(calder)/programme-check", "/schools/\(calder)/staff/\(mentorGrant)/remove"]),
            (DemoRecords.concernECTEmail, ["/my-induction/concerns"]),
        ]
        for person in pages {
            try session.driver.deleteAllCookies()
            if let email = person.email { _ = try session.signIn(email) }
            for path in person.paths {
                XCTAssertEqual(try session.open(path), path, "\(path) as \(person.email ?? "a visitor")")
                try session.assertFits("\(path) as \(person.email ?? "a visitor")")
            }
        }
        try session.driver.deleteAllCookies()
        try session.signIn("headteacher@107512.schools.example")
        try session.open("/ects/\(ect)/working-pattern")
        try session.driver.fill("#fte", with: "2")
        XCTAssertEqual(try session.follow("main form button[type=submit]"), "/ects/\(ect)/working-pattern")
        try session.assertFits("the working-pattern form with its errors")
    }

    /// Opens every same-origin page `home` links to, then every page those link to, one page for each
    /// path pattern (numbers taken for ids), up to `pagesPerRole`; checks each fits. Returns the paths opened.
    /// The help topics read the same for everyone, so each is opened by the first role that reaches it.
    private func crawl(from home: String, as role: String, helpTopics: inout Set<String>) throws -> [String] {
        var seen: Set<String> = [Self.pattern(home)], visited = [home]
        try session.assertFits("\(role) at \(home)", accessibility: false)
        var level = try links(), next: [String] = []
        for depth in 1...2 {
            for href in level where visited.count < Self.pagesPerRole {
                guard !Self.skipped(href), seen.insert(Self.pattern(href)).inserted,
                      !href.hasPrefix("/help/") || helpTopics.insert(href).inserted, try isHTML(href) else { continue }
                let landed = try session.open(href)
                visited.append(href)
                try session.assertFits("\(role) at \(href)\(landed == href ? "" : " (landed on \(landed))")")
                if depth == 1 { next += try links() }
            }
            level = next
        }
        return visited
    }

    /// The page's same-origin links, in document order, without their fragments.
    private func links() throws -> [String] {
        let hrefs = try session.driver.execute("""
            return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))
              .filter(h => h.startsWith('/') && !h.startsWith('//')).map(h => h.split('#')[0]);
            """) as? [String] ?? []
        return hrefs.filter { !$0.isEmpty }
    }

    /// Sign-out, and files by their names; anything else that is not an HTML page is caught by `isHTML`.
    private static func skipped(_ href: String) -> Bool {
        let path = href.split(separator: "?").first.map(String.init) ?? href
        return path == "/sign-out" || [".csv", ".json", ".pdf", ".txt", ".xml", ".png"].contains { path.hasSuffix($0) }
    }

    /// The path with each all-digit segment as ":id" and no query: one page of each kind is enough.
    private static func pattern(_ href: String) -> String {
        let path = href.split(separator: "?", maxSplits: 1).first ?? ""
        return path.split(separator: "/", omittingEmptySubsequences: false)
            .map { $0.allSatisfy(\.isNumber) && !$0.isEmpty ? ":id" : String($0) }.joined(separator: "/")
    }

    /// Whether the link leads to a page rather than a download, asked by the page itself.
    private func isHTML(_ href: String) throws -> Bool {
        let headers = try session.driver.execute("""
            const r = new XMLHttpRequest(); r.open('GET', arguments[0], false); r.send();
            return [r.getResponseHeader('content-type') || '', r.getResponseHeader('content-disposition') || ''];
            """, arguments: [href]) as? [String] ?? []
        return headers.count == 2 && headers[0].hasPrefix("text/html") && !headers[1].hasPrefix("attachment")
    }
}
