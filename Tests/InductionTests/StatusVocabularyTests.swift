import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// The status enums' raw values are what the schema's CHECK constraints accept, so each case can be stored.
final class StatusVocabularyTests: XCTestCase {
    func testEveryStatusCaseIsAValueTheSchemaAccepts() throws {
        let schema = try TestFixtures.makeDatabase(accounts: false).read { c in
            try c.query("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL").map { try $0.string("sql") }.joined(separator: "\n")
        }
        let checks: [(String, [String])] = [
            ("status IN ('pending', 'sent', 'failed')", OutboxStatus.allCases.map(\.rawValue)),
            ("status IN ('pending', 'authorised', 'rejected')", RegistrationRequestStatus.allCases.map(\.rawValue)),
            ("status IN ('pending', 'confirmed', 'rejected', 'withdrawn')", PeriodStatus.allCases.map(\.rawValue)),
            ("registration_status IN ('pending', 'confirmed', 'rejected')", ECTRegistrationStatus.allCases.map(\.rawValue)),
        ]
        for (check, raw) in checks {
            XCTAssertTrue(schema.contains(check), check)
            XCTAssertEqual(check.components(separatedBy: "IN (").last, raw.map { "'\($0)'" }.joined(separator: ", ") + ")", check)
        }
    }

    func testOutboxLabelsAreTheAdminPageWords() {
        XCTAssertEqual(OutboxStatus.allCases.map(\.label), ["Waiting to send", "Sent", "Failed"])
    }
}
