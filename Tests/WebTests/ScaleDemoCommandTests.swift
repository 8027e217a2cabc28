import Foundation
import InductTestSupport
import XCTest

/// `induct demo --scale large [--ects N]` (issue 12 item 1), run as the built executable.
final class ScaleDemoCommandTests: XCTestCase {
    private func induct(_ arguments: [String]) throws -> (status: Int32, output: String) { try InductProcess.run(arguments) }

    func testBadSizesExit2BeforeAnythingIsWritten() throws {
        let path = TestEnvironment.makeDatabasePath()
        for (arguments, message) in [
            (["--ects", "50"], "--ects needs --scale large"),
            (["--scale", "huge"], "--scale: the only size is 'large' (got 'huge')"),
            (["--scale", "large", "--ects", "0"], "--ects: a whole number from 1 to 1000000 (got '0')"),
            (["--scale", "large", "--ects", "ten"], "--ects: a whole number from 1 to 1000000 (got 'ten')"),
        ] {
            let result = try induct(["demo", "--db", path] + arguments)
            XCTAssertEqual(result.status, 2, arguments.joined(separator: " "))
            XCTAssertTrue(result.output.contains(message), result.output)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path), "nothing written")
    }

    func testItSeedsOnceAndNamesTheSignIns() throws {
        let path = TestEnvironment.makeDatabasePath()
        let first = try induct(["demo", "--db", path, "--scale", "large", "--ects", "30"])
        XCTAssertEqual(first.status, 0, first.output)
        XCTAssertTrue(first.output.contains("3 schools, 30 ECTs, 42 accounts"), first.output)
        XCTAssertTrue(first.output.contains("headteacher@200001.scale.example"), first.output)
        XCTAssertTrue(first.output.contains("induction-tutor@200001.scale.example"), first.output)
        let second = try induct(["demo", "--db", path, "--scale", "large", "--ects", "30"])
        XCTAssertTrue(second.output.contains("The scale data is already there; nothing added"), second.output)
    }
}
