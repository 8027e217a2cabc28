import Foundation
import InductTestSupport
import XCTest

/// Every setting by flag and INDUCT_* variable, checked at start-up; `induct check` one line per check.
final class CommandLineSettingsTests: XCTestCase {
    private let settings = ["db", "host", "port", "workers", "templates", "public", "base-url", "trusted-proxy",
                            "reminders-at", "backup-dir", "backup-keep", "sendmail", "event-loops"]

    private func induct(_ arguments: [String], environment: [String: String] = [:]) throws -> (status: Int32, output: String) {
        try InductProcess.run(arguments, environment: environment)
    }

    func testServeAndCheckHelpListEverySettingWithItsVariable() throws {
        for command in ["serve", "check"] {
            let help = try induct([command, "--help"]).output
            for name in settings {
                let variable = "INDUCT_" + name.uppercased().replacingOccurrences(of: "-", with: "_")
                XCTAssertTrue(help.contains("  --\(name) ") && help.contains("env \(variable);"), "\(command) --\(name)")
            }
        }
    }

    func testBadValuesFromTheEnvironmentOrFlagsExit2NamingFlagAndVariable() throws {
        let result = try induct(["serve", "--sendmail", "/nonexistent/sendmail -t"],
                                environment: ["INDUCT_PORT": "abc", "INDUCT_BASE_URL": "induct.example.org", "INDUCT_TRUSTED_PROXY": "proxy"])
        XCTAssertEqual(result.status, 2)
        for expected in [
            "induct serve: --port (INDUCT_PORT) must be a whole number from 0 to 65535, got 'abc'",
            "induct serve: --base-url (INDUCT_BASE_URL) must be an http:// or https:// address",
            "induct serve: --trusted-proxy (INDUCT_TRUSTED_PROXY) must be an IP address",
            "induct serve: --sendmail (INDUCT_SENDMAIL) must start with a program that exists",
        ] {
            XCTAssertTrue(result.output.contains(expected), "\(expected)\n\(result.output)")
        }
        XCTAssertFalse(result.output.contains("serving"))
        let time = try induct(["serve", "--reminders-at", "7am"])
        XCTAssertEqual(time.status, 2)
        XCTAssertTrue(time.output.contains("--reminders-at (INDUCT_REMINDERS_AT) must be a 24-hour time HH:MM"), time.output)
    }

    func testTheOtherCommandsReadTheDatabaseSettingThroughTheSameChecks() throws {
        let folder = NSTemporaryDirectory()
        for arguments in [["migrate"], ["demo"], ["backup", folder + "copy.sqlite"], ["retention"],
                          ["user", "add", "--email", "a@example.org", "--name", "A", "--role", "ab_admin"]] {
            let result = try induct(arguments, environment: ["INDUCT_DB": folder])
            XCTAssertEqual(result.status, 2, "\(arguments): \(result.output)")
            XCTAssertTrue(result.output.contains("--db (INDUCT_DB) must be a file, not a folder"), "\(arguments): \(result.output)")
            XCTAssertTrue(try induct(arguments.prefix(1) + ["--help"]).output.contains("env INDUCT_DB;"), "\(arguments) --help")
        }
        let user = try induct(["user", "add", "--email", "a@example.org", "--name", "A", "--role", "ab_admin",
                               "--db", TestEnvironment.makeDatabasePath()], environment: ["INDUCT_BASE_URL": "induct.example.org"])
        XCTAssertEqual(user.status, 2)
        XCTAssertTrue(user.output.contains("--base-url (INDUCT_BASE_URL) must be an http:// or https:// address"), user.output)
    }

    func testRestoreNeverTakesTheFileItReplacesFromTheEnvironment() throws {
        let backup = TestEnvironment.makeDatabasePath()
        XCTAssertEqual(try induct(["migrate", "--db", backup]).status, 0)
        let target = TestEnvironment.makeDatabasePath()
        let result = try induct(["restore", backup], environment: ["INDUCT_DB": target])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.output.contains("--db DB is required"), result.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: target))
    }

    func testCheckPassesEachCheckOnAMigratedDatabaseAndTheFlagBeatsTheVariable() throws {
        let path = TestEnvironment.makeDatabasePath()
        XCTAssertEqual(try induct(["migrate", "--db", path]).status, 0)
        let result = try induct(["check", "--port", "8080"], environment: ["INDUCT_DB": path, "INDUCT_PORT": "abc"])
        XCTAssertEqual(result.status, 0, result.output)
        let lines = result.output.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.map { String($0.prefix { $0 != ":" }) },
                       ["ok    settings", "ok    templates", "ok    static files", "ok    database integrity", "ok    database migrations"])
        XCTAssertTrue(lines[1].contains("every partial found"), lines[1])
        XCTAssertTrue(lines[4].hasSuffix("applied, none pending"), lines[4])
        let bad = try induct(["check", "--db", path], environment: ["INDUCT_PORT": "abc"])
        XCTAssertEqual(bad.status, 1)
        XCTAssertTrue(bad.output.contains("FAIL  settings: --port (INDUCT_PORT) must be a whole number"), bad.output)
    }

    func testCheckFailsOnPendingMigrationsACorruptFileOrNoDatabase() throws {
        let empty = TestEnvironment.makeDatabasePath()
        XCTAssertTrue(FileManager.default.createFile(atPath: empty, contents: Data()))
        let pending = try induct(["check", "--db", empty])
        XCTAssertEqual(pending.status, 1)
        XCTAssertTrue(pending.output.contains("ok    database integrity"), pending.output)
        XCTAssertTrue(pending.output.contains("FAIL  database migrations: ") && pending.output.contains(" pending (001_"), pending.output)
        let corrupt = TestEnvironment.makeDatabasePath()
        XCTAssertTrue(FileManager.default.createFile(atPath: corrupt, contents: Data(repeating: 0x5A, count: 8192)))
        let broken = try induct(["check", "--db", corrupt])
        XCTAssertEqual(broken.status, 1)
        XCTAssertTrue(broken.output.contains("FAIL  database"), broken.output)
        let missing = try induct(["check", "--db", empty + ".absent"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.output.contains("does not exist"), missing.output)
        XCTAssertFalse(FileManager.default.fileExists(atPath: empty + ".absent"))
    }
}
