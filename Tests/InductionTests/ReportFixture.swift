import InductDomainTestSupport
@testable import Induction
import SQLite
import XCTest

/// The demo school's people and one progress review brought to any state, for the report tests.
/// Priya Chauhan (TRN 3012458) at Calder Valley: tutor David Greenwood, mentor Laura Bentley,
/// headteacher Rachel Sutcliffe.
struct ReportFixture {
    let database: Database
    var store: InductionStore { TestFixtures.makeStore(database) }
    let baseURL = "https://induct.test"

    init() throws {
        database = try TestFixtures.makeDatabase()
    }

    func id(_ sql: String, _ bindings: [any SQLBindable] = []) throws -> Int {
        try XCTUnwrap(try database.read { try $0.scalarInt(sql, bindings) }, sql)
    }

    func person(_ email: String, as role: Role) throws -> Author {
        let row = try XCTUnwrap(try database.read { try $0.queryOne("SELECT id, name FROM users WHERE email = ?", [email]) }, email)
        return Author(userID: try row.int("id"), name: try row.string("name"), role: role, clientAddress: "192.0.2.1")
    }

    var tutor: Author { get throws { try person("david.greenwood@107512.schools.example", as: .inductionTutor) } }
    var head: Author { get throws { try person("headteacher@107512.schools.example", as: .headteacher) } }
    var ect: Author { get throws { try person("priya.chauhan@107512.schools.example", as: .ect) } }
    var mentor: Author { get throws { try person("mentor@107512.schools.example", as: .mentor) } }
    var officer: Author { get throws { try person("ab-officer@pennine.example", as: .abOfficer) } }
    var priya: Int { get throws { try id("SELECT id FROM ects WHERE trn = '3012458'") } }

    static let review: [String: String] = [
        "on-track": "yes", "evidence": "Observed three lessons; planning scrutiny shows clear sequencing.",
        "notes-ts4": "Lessons are well structured.", "target-1-text": "Use questioning to check understanding",
        "target-1-standards": "TS2 TS6", "target-1-success": "Hinge questions in every lesson by half term",
    ]

    func report(_ state: ReportState = .draft, fields: [String: String] = review) throws -> Int {
        let reportID = try StartReport(store: store).start(ectID: try priya, kind: .progressReview, termNumber: 1, author: try tutor)
        guard state != .draft else { return reportID }
        try SaveReport(store: store).save(reportID: reportID, fields: fields, basedOn: try load(reportID).version, author: try tutor)
        try ShareReport(store: store).share(reportID: reportID, author: try tutor)
        guard state != .shared else { return reportID }
        try sign(reportID, .ect, try ect)
        try sign(reportID, .tutor, try tutor)
        guard state != .awaitingSignatures else { return reportID }
        try SubmitReport(store: store).submit(reportID: reportID, author: try tutor)
        return reportID
    }

    func sign(_ reportID: Int, _ role: SignerRole, _ author: Author) throws {
        try SignReport(store: store)
            .sign(reportID: reportID, as: role, confirmation: .password(TestFixtures.demoPassword, sessionToken: nil), author: author)
    }

    func load(_ reportID: Int) throws -> Report {
        try XCTUnwrap(try database.read { try ReportRows.load(reportID, $0) })
    }
}
