import Foundation
import Induction
import XCTest

/// The standards a formal assessment judges against are exactly the DfE's text in the shared data.
final class TeachersStandardsTests: XCTestCase {
    private struct Data_: Decodable {
        struct Standard: Decodable { let code: String; let title: String; let bullets: [String] }
        struct Statement: Decodable { let text: String; let bullets: [String]? }
        struct PartTwo: Decodable { let statements: [Statement] }
        let source: String
        let part_one: [Standard]
        let part_two: PartTwo
    }

    private func shared() throws -> Data_ {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/Induction/Reports/Data/teachers-standards.json")
        return try JSONDecoder().decode(Data_.self, from: Data(contentsOf: url))
    }

    func testTheGeneratedTextMatchesTheData() throws {
        let data = try shared()
        XCTAssertEqual(TeachersStandard.source, data.source)
        XCTAssertEqual(TeachersStandard.partOne.map(\.code), ["TS1", "TS2", "TS3", "TS4", "TS5", "TS6", "TS7", "TS8"])
        XCTAssertEqual(TeachersStandard.partOne.map(\.title), data.part_one.map(\.title))
        XCTAssertEqual(TeachersStandard.partOne.map(\.bullets), data.part_one.map(\.bullets))
        XCTAssertEqual(TeachersStandard.partTwo.bullets, data.part_two.statements.flatMap { [$0.text] + ($0.bullets ?? []) })
        XCTAssertEqual(TeachersStandard.all.map(\.fieldKey), ["ts1", "ts2", "ts3", "ts4", "ts5", "ts6", "ts7", "ts8", "part-two"])
    }
}
