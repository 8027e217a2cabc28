import Foundation
import InductTestSupport
import XCTest

/// The `induct` executable, built beside the test bundle by `swift test`.
final class CommandLineTests: XCTestCase {
    private func induct(_ arguments: [String]) throws -> (status: Int32, output: String) { try InductProcess.run(arguments) }

    func testHelpForEveryCommand() throws {
        XCTAssertEqual(try induct(["--help"]).status, 0)
        XCTAssertTrue(try induct(["--help"]).output.contains("Usage: induct <command>"))
        for command in ["serve", "migrate", "demo", "check", "backup", "restore"] {
            let result = try induct([command, "--help"])
            XCTAssertEqual(result.status, 0, command)
            XCTAssertTrue(result.output.contains("Usage: induct \(command)"), command)
        }
    }

    func testUnknownFlagOrCommandExits2WithAClearMessage() throws {
        let flag = try induct(["serve", "--prot", "80"])
        XCTAssertEqual(flag.status, 2)
        XCTAssertTrue(flag.output.contains("unknown option '--prot'"))
        let command = try induct(["frobnicate"])
        XCTAssertEqual(command.status, 2)
        XCTAssertTrue(command.output.contains("unknown command 'frobnicate'"))
        let port = try induct(["serve", "--port", "99999"])
        XCTAssertEqual(port.status, 2)
        XCTAssertTrue(port.output.contains("induct serve: --port (INDUCT_PORT) must be a whole number from 0 to 65535, got '99999'"), port.output)
    }

    func testMigrateOnceThenUpToDateAndDemoSeedsOnce() throws {
        let path = TestEnvironment.makeDatabasePath()
        XCTAssertTrue(try induct(["migrate", "--db", path]).output.contains("applied 001_"))
        XCTAssertTrue(try induct(["migrate", "--db", path]).output.contains("is up to date"))
        XCTAssertTrue(try induct(["demo", "--db", path]).output.contains("Seeded the demo appropriate body"))
        XCTAssertTrue(try induct(["demo", "--db", path]).output.contains("already has data"))
        XCTAssertEqual(try induct(["check", "--db", path]).status, 0)
    }
}
