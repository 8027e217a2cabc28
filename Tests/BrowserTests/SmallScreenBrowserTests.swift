import Foundation
import Induction
import InductTestSupport
import XCTest

/// Issue 7, item 23: every role's main pages at 320 CSS px wide. WCAG 1.4.10 Reflow's other case, 200%
/// zoom on a 640 px window, lays out the same 320 CSS px viewport, so this covers it too.
final class SmallScreenBrowserTests: XCTestCase {
    private var session: BrowserSession!

    override func setUpWithError() throws {
        session = try BrowserSession()
        // Headless Chromium widens `--window-size=320,…` to 500 px; Set Window Rect gives a 320 px viewport.
        try session.driver.setWindowSize(width: 320, height: 900)
        XCTAssertEqual(try session.driver.execute("return window.innerWidth") as? Int, 320)
    }

    override func tearDown() {
        session?.close()
    }

    func testEveryRoleHomeFitsA320PixelScreen() throws {
        let records = DemoRecords(session.application.database)
        let calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
        let holme = try records.schoolID(urn: DemoRecords.holmeMossURN)
        let people: [(role: Role, email: String, path: String)] = [
            (.abAdmin, "ab-admin@pennine.example", "/ab"),
            (.abOfficer, "ab-officer@pennine.example", "/ab"),
            (.headteacher, "headteacher@107512.schools.example", "/schools/\(calder)"),
            (.inductionLead, "induction-lead@107512.schools.example", "/schools/\(calder)"),
            (.inductionTutor, "induction-tutor@138204.schools.example", "/schools/\(holme)"),
            (.mentor, "mentor@107512.schools.example", "/schools/\(calder)"),
            (.schoolAdmin, "school-admin@107512.schools.example", "/schools/\(calder)"),
            (.ect, "amelia.hartley@107512.schools.example", "/my-induction"),
        ]
        XCTAssertEqual(Set(people.map(\.role)), Set(Role.allCases), "every role is tried")
        try session.open("/sign-in")
        try assertFits("the sign-in page")
        for person in people {
            XCTAssertEqual(try session.signIn(person.email), person.path, person.role.rawValue)
            try assertFits("\(person.role.rawValue) at \(person.path)")
            try session.signOut()
        }
    }

    /// The headteacher also tutors, so the header carries the role switcher with a long school name.
    func testRoleSwitcherIsWhollyOnScreen() throws {
        try session.open("/sign-in")
        try session.signIn("headteacher@107512.schools.example")
        for selector in ["#switch-role", ".header__switch button", ".header__sign-out button"] {
            let edges = try XCTUnwrap(session.driver.execute("""
                const r = document.querySelector(arguments[0]).getBoundingClientRect();
                return [r.left, r.right, r.width, document.documentElement.clientWidth];
                """, arguments: [selector]) as? [Double], selector)
            XCTAssertGreaterThanOrEqual(edges[0], 0, selector)
            XCTAssertLessThanOrEqual(edges[1], edges[3], selector)
            XCTAssertGreaterThan(edges[2], 0, selector)
        }
        try assertFits("the headteacher's home with the role switcher")
    }

    func testWideListsAndRecordsFitA320PixelScreen() throws {
        try session.open("/sign-in")
        try session.signIn("ab-admin@pennine.example")
        for path in ["/ects", "/ects/1", "/ab/schools", "/admin/outbox", "/admin/audit"] {
            XCTAssertEqual(try session.open(path), path)
            try assertFits(path)
        }
        XCTAssertGreaterThan(try widestTableOverflow(), 0, "the audit table is wider than the screen and scrolls in its container")
    }

    /// The forms and the other pages, as the people who use them, including a form sent back with its errors.
    func testFormsAndOtherPagesFitA320PixelScreen() throws {
        for path in ["/", "/forgot-password", "/register-school"] {
            XCTAssertEqual(try session.open(path), path)
            try assertFits(path)
        }
        let calder = try DemoRecords(session.application.database).schoolID(urn: DemoRecords.calderValleyURN)
        let pages: [(email: String, paths: [String])] = [
            ("ab-admin@pennine.example", ["/ab/ect-registrations", "/ab/ect-imports", "/admin/registrations", "/admin/officers/new",
                                          "/admin/settings", "/admin/appropriate-body", "/admin/term-dates", "/ects/1/adjustments/new",
                                          "/account", "/account/password"]),
            ("headteacher@107512.schools.example", ["/schools/\(calder)/ects/new", "/schools/\(calder)/ects/import",
                                                    "/schools/\(calder)/staff/new", "/ects/1/absences/new", "/ects/1/leaving"]),
        ]
        for person in pages {
            try session.open("/sign-in")
            try session.signIn(person.email)
            for path in person.paths {
                XCTAssertEqual(try session.open(path), path)
                try assertFits("\(path) as \(person.email)")
            }
            if person.paths.last == "/ects/1/leaving" {
                XCTAssertEqual(try session.follow("main form button[type=submit]"), "/ects/1/leaving")
                XCTAssertFalse(try session.driver.texts(of: ".error-summary").isEmpty, "the empty form comes back with its errors")
                try assertFits("/ects/1/leaving with errors")
            }
            try session.signOut()
        }
    }

    /// Issue 10 and 11's pages: the AB's portal, help, notifications, the governors' report and the ECT's own pages.
    func testThePortalHelpAndOwnPagesFitA320PixelScreen() throws {
        let calder = try DemoRecords(session.application.database).schoolID(urn: DemoRecords.calderValleyURN)
        for path in ["/help", "/help/rules"] {
            XCTAssertEqual(try session.open(path), path)
            try assertFits(path)
        }
        let pages: [(email: String, paths: [String])] = [
            ("ab-officer@pennine.example", ["/ab/reports", "/ab/decisions", "/ab/returns", "/ab/fees", "/ab/programme-checks",
                                            "/ab/concerns", "/ab/ect-transfers", "/ects/1/export", "/account/notifications",
                                            "/account/reminders"]),
            ("headteacher@107512.schools.example", ["/schools/\(calder)/governors-report", "/ects/1/observations/new"]),
            ("mentor@107512.schools.example", ["/ects/1/mentor-meetings/new"]),
            ("amelia.hartley@107512.schools.example", ["/my-induction/access", "/my-induction/concerns/new"]),
        ]
        for person in pages {
            try session.open("/sign-in")
            try session.signIn(person.email)
            for path in person.paths {
                XCTAssertEqual(try session.open(path), path)
                try assertFits("\(path) as \(person.email)")
            }
            try session.signOut()
        }
    }

    /// The document is no wider than the viewport, nothing sticks out past the right edge (of the layout,
    /// left of any scroll bar) except inside a scrolling container, no heading or caption does at all, and
    /// axe finds no violations at this width.
    private func assertFits(_ page: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let measured = try XCTUnwrap(session.driver.execute("""
            const width = document.documentElement.clientWidth;
            const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) {
              if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX) && p !== document.documentElement) return true; } return false; };
            // Headings and visible captions stay readable even where their table scrolls.
            const titles = e => e.matches('h1, h2, h3, caption') && e.getBoundingClientRect().width > 1;
            const outside = [...document.body.querySelectorAll('*')].filter(e => {
              const r = e.getBoundingClientRect();
              return r.width > 1 && r.right > width + 0.5 && (!scrolls(e) || titles(e));
            }).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + [...e.classList].map(c => '.' + c).join(''));
            return [document.documentElement.scrollWidth, window.innerWidth, outside.slice(0, 8).join(' ')];
            """) as? [Any], page, file: file, line: line)
        let scrollWidth = measured[0] as? Int ?? -1, innerWidth = measured[1] as? Int ?? 0
        XCTAssertLessThanOrEqual(scrollWidth, innerWidth, "\(page) is wider than the screen: \(measured[2])", file: file, line: line)
        XCTAssertEqual(measured[2] as? String, "", "\(page): past the right edge", file: file, line: line)
        XCTAssertEqual(try session.accessibilityViolations(), [], "\(page) at 320 px", file: file, line: line)
        try saveScreenshot(page)
    }

    /// How far the widest table on the page overflows its scroll container.
    private func widestTableOverflow() throws -> Int {
        try session.driver.execute("""
            return Math.max(0, ...[...document.querySelectorAll('.table-container')].map(c => c.scrollWidth - c.clientWidth));
            """) as? Int ?? 0
    }

    /// With INDUCT_SCREENSHOTS=<directory>, keeps PNGs of each page checked, one a screenful, to look at.
    private func saveScreenshot(_ page: String) throws {
        guard let directory = ProcessInfo.processInfo.environment["INDUCT_SCREENSHOTS"] else { return }
        let name = String(page.map { $0.isLetter || $0.isNumber ? $0 : "-" })
        let height = try session.driver.execute("return document.documentElement.scrollHeight") as? Int ?? 0
        for (index, top) in stride(from: 0, to: height, by: 800).enumerated() {
            _ = try session.driver.execute("window.scrollTo(0, arguments[0])", arguments: [top])
            let file = URL(fileURLWithPath: directory).appendingPathComponent("\(name)-\(index + 1).png")
            try session.driver.screenshot().write(to: file)
        }
        _ = try session.driver.execute("window.scrollTo(0, 0)")
    }
}
