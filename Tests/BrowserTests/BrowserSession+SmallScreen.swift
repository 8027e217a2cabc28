import Foundation
import Induction
import InductTestSupport
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Issue 7, item 23's checks, shared by the small-screen tests: a 320 CSS px viewport (WCAG 1.4.10
/// Reflow; 200% zoom on a 640 px window lays out the same width), the demo person for each role, and
/// the test that a page fits it.
extension BrowserSession {
    /// Headless Chromium widens `--window-size=320,…` to 500 px; Set Window Rect gives a 320 px viewport.
    /// Chromium can answer before the page sees the new size, so this waits for it: a check at the
    /// desktop width would pass every page.
    func useSmallScreen() throws {
        try driver.setWindowSize(width: 320, height: 900)
        let deadline = Date().addingTimeInterval(Self.patience)
        var width = 0
        repeat {
            width = try driver.execute("return window.innerWidth") as? Int ?? 0
            if width == 320 { return }
            usleep(20_000)
        } while Date() < deadline
        throw WebDriverClient.Failure(description: "the viewport is still \(width) px wide, not 320, \(Int(Self.patience)) s after resizing")
    }

    /// One demo person for each role, and the home their sign-in lands on.
    func demoPeople() throws -> [(role: Role, email: String, path: String)] {
        let records = DemoRecords(application.database)
        let calder = try records.schoolID(urn: DemoRecords.calderValleyURN)
        let holme = try records.schoolID(urn: DemoRecords.holmeMossURN)
        return [
            (.abAdmin, "ab-admin@pennine.example", "/ab"),
            (.abOfficer, "ab-officer@pennine.example", "/ab"),
            (.headteacher, "headteacher@107512.schools.example", "/schools/\(calder)"),
            (.inductionLead, "induction-lead@107512.schools.example", "/schools/\(calder)"),
            (.inductionTutor, "induction-tutor@138204.schools.example", "/schools/\(holme)"),
            (.mentor, "mentor@107512.schools.example", "/schools/\(calder)"),
            (.schoolAdmin, "school-admin@107512.schools.example", "/schools/\(calder)"),
            (.ect, "amelia.hartley@107512.schools.example", "/my-induction"),
        ]
    }

    /// The document is no wider than the viewport, nothing sticks out past the right edge (of the layout,
    /// left of any scroll bar) except inside a scrolling container, no heading or caption does at all, and
    /// (unless `accessibility` is false) axe finds no violations at this width.
    func assertFits(_ page: String, accessibility: Bool = true, file: StaticString = #filePath, line: UInt = #line) throws {
        let measured = try XCTUnwrap(driver.execute("""
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
        XCTAssertEqual(innerWidth, 320, "\(page) was measured at a 320 px viewport", file: file, line: line)
        XCTAssertLessThanOrEqual(scrollWidth, innerWidth, "\(page) is wider than the screen: \(measured[2])", file: file, line: line)
        XCTAssertEqual(measured[2] as? String, "", "\(page): past the right edge", file: file, line: line)
        if accessibility {
            XCTAssertEqual(try accessibilityViolations(), [], "\(page) at 320 px", file: file, line: line)
        }
        try saveScreenshot(page)
    }

    /// How far the widest table on the page overflows its scroll container.
    func widestTableOverflow() throws -> Int {
        try driver.execute("""
            return Math.max(0, ...[...document.querySelectorAll('.table-container')].map(c => c.scrollWidth - c.clientWidth));
            """) as? Int ?? 0
    }

    /// With INDUCT_SCREENSHOTS=<directory>, keeps PNGs of each page checked, one a screenful, to look at.
    private func saveScreenshot(_ page: String) throws {
        guard let directory = ProcessInfo.processInfo.environment["INDUCT_SCREENSHOTS"] else { return }
        let name = String(page.map { $0.isLetter || $0.isNumber ? $0 : "-" })
        let height = try driver.execute("return document.documentElement.scrollHeight") as? Int ?? 0
        for (index, top) in stride(from: 0, to: height, by: 800).enumerated() {
            _ = try driver.execute("window.scrollTo(0, arguments[0])", arguments: [top])
            let file = URL(fileURLWithPath: directory).appendingPathComponent("\(name)-\(index + 1).png")
            try driver.screenshot().write(to: file)
        }
        _ = try driver.execute("window.scrollTo(0, 0)")
    }
}
