import HTTP
import Web
import XCTest

/// Which requests the event loop answers itself: quick reads only.
final class AnswersOnLoopTests: XCTestCase {
    func testPageViewsStaticFilesAndHealthAreAnsweredOnTheLoop() {
        for path in ["/healthz", "/static/css/induct.css", "/", "/ects", "/ects/12", "/ab", "/ab/reports", "/sign-in"] {
            XCTAssertTrue(Application.answersOnLoop(method: "GET", path: path), path)
            XCTAssertTrue(Application.answersOnLoop(method: "HEAD", path: path), path)
        }
    }

    func testFormsAndWholeListExportsGoToTheWorkers() {
        XCTAssertFalse(Application.answersOnLoop(method: "POST", path: "/sign-in"), "Argon2 takes tens of milliseconds")
        XCTAssertFalse(Application.answersOnLoop(method: "POST", path: "/ects/12/absences"))
        for path in ["/ects.csv", "/ab/reports.csv", "/ects/12/export", "/ects/12/export.json", "/ab/returns/exports/3/1"] {
            XCTAssertFalse(Application.answersOnLoop(method: "GET", path: path), path)
        }
    }

    func testTheServeShapeSetsBothHooks() {
        var configuration = ServerConfiguration()
        Application.shape(&configuration)
        XCTAssertEqual(configuration.answersOnLoop?("GET", "/ab"), true)
        XCTAssertEqual(configuration.bodyLimitForPath?("/ects/import"), Application.bodyLimit(forPath: "/ects/import"))
    }
}
