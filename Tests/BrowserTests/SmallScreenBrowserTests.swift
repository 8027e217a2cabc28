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
        try session.useSmallScreen()
    }

    override func tearDown() {
        session?.close()
    }

    func testEveryRoleHomeFitsA320PixelScreen() throws {
        let people = try session.demoPeople()
        XCTAssertEqual(Set(people.map(\.role)), Set(Role.allCases), "every role is tried")
        try session.open("/sign-in")
        try session.assertFits("the sign-in page")
        for person in people {
            XCTAssertEqual(try session.signIn(person.email), person.path, person.role.rawValue)
            try session.assertFits("\(person.role.rawValue) at \(person.path)")
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
        try session.assertFits("the headteacher's home with the role switcher")
    }

    func testWideListsAndRecordsFitA320PixelScreen() throws {
        try session.open("/sign-in")
        try session.signIn("ab-admin@pennine.example")
        for path in ["/ects", "/ects/1", "/ab/schools", "/admin/outbox", "/admin/audit"] {
            XCTAssertEqual(try session.open(path), path)
            try session.assertFits(path)
        }
        XCTAssertGreaterThan(try session.widestTableOverflow(), 0, "the audit table is wider than the screen and scrolls in its container")
    }

    /// The forms and the other pages, as the people who use them, including a form sent back with its errors.
    func testFormsAndOtherPagesFitA320PixelScreen() throws {
        for path in ["/", "/forgot-password", "/register-school"] {
            XCTAssertEqual(try session.open(path), path)
            try session.assertFits(path)
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
                try session.assertFits("\(path) as \(person.email)")
            }
            if person.paths.last == "/ects/1/leaving" {
                XCTAssertEqual(try session.follow("main form button[type=submit]"), "/ects/1/leaving")
                XCTAssertFalse(try session.driver.texts(of: ".error-summary").isEmpty, "the empty form comes back with its errors")
                try session.assertFits("/ects/1/leaving with errors")
            }
            try session.signOut()
        }
    }

    /// Issue 10 and 11's pages: the AB's portal, help, notifications, the governors' report and the ECT's own pages.
    func testThePortalHelpAndOwnPagesFitA320PixelScreen() throws {
        let calder = try DemoRecords(session.application.database).schoolID(urn: DemoRecords.calderValleyURN)
        for path in ["/help", "/help/rules"] {
            XCTAssertEqual(try session.open(path), path)
            try session.assertFits(path)
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
                try session.assertFits("\(path) as \(person.email)")
            }
            try session.signOut()
        }
    }
}
