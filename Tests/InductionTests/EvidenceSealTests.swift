import Foundation
import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// Issue 9 item 7: the evidence is sealed with the text, so attaching a file after a signature
/// clears it, as any edit does.
final class EvidenceSealTests: XCTestCase {
    func testAttachingEvidenceAfterASignatureClearsIt() throws {
        let fixture = try ReportFixture()
        let reportID = try fixture.report(.awaitingSignatures)
        let before = try fixture.load(reportID)
        XCTAssertEqual(before.signedRoles, [.tutor, .ect])
        let pdf = Array("%PDF-1.4\n% observation\n%%EOF\n".utf8)
        _ = try AttachEvidence(store: fixture.store).attach(reportID: reportID, fileName: "notes.pdf", bytes: pdf, author: try fixture.tutor)
        let after = try fixture.load(reportID)
        XCTAssertEqual(after.state, .shared)
        XCTAssertEqual(after.liveSignatures, [])
        XCTAssertEqual(after.version, before.version + 1)
        XCTAssertNotEqual(after.sealHash, before.sealHash, "the seal covers the evidence")
        try fixture.sign(reportID, .tutor, try fixture.tutor)
        try fixture.sign(reportID, .ect, try fixture.ect)
        XCTAssertTrue(try fixture.load(reportID).signaturesHold)
    }
}
