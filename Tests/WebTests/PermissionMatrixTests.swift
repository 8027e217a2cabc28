import Foundation
import HTTP
import Induction
import InductTestSupport
import Web
import XCTest

/// design.md Practice 7: every route, requested as a visitor, as every role at the right school, and
/// as the same role at another school, with the exact answer each must get. A route missing from the
/// table fails the test, so a new route cannot ship without deciding who may use it.
/// docs/permissions.md is this table in words.
final class PermissionMatrixTests: XCTestCase {
    // MARK: The test

    private var application: Application!
    private var records: DemoRecords!
    private var uniqueCounter = 0
    private var lastECTID = 0
    private var lastReportID = 0

    override func setUpWithError() throws {
        application = try TestEnvironment.makeApplication()
        records = DemoRecords(application.database)
    }

    func testEveryRouteIsInTheTableWithTheRuleItDeclares() throws {
        let registered = application.router.routes.map { "\($0.method) \($0.pattern)" }
        let tabled = Self.table.map(\.key)
        XCTAssertEqual(Set(tabled).count, tabled.count, "a route is in the table twice")
        let missing = registered.filter { !tabled.contains($0) }
        XCTAssertEqual(missing, [], "routes missing from PermissionMatrixTests.table (and docs/permissions.md): \(missing)")
        let stale = tabled.filter { !registered.contains($0) }
        XCTAssertEqual(stale, [], "table rows for routes that no longer exist: \(stale)")
        for route in application.router.routes {
            guard let row = Self.table.first(where: { $0.key == "\(route.method) \(route.pattern)" }) else { continue }
            let declared: Rule = switch route.rule {
            case .everyone: .everyone
            case .signedIn: .signedIn
            case .permission(let action, _): .permission(action)
            }
            XCTAssertEqual(declared, row.rule, "\(row.key) declares \(declared), the table says \(row.rule)")
        }
    }

    func testVisitorsWithoutASessionAreSentToSignInAndTheirPostsAreRefused() throws {
        var checked = 0
        for row in Self.table {
            let session = TestSession(application)
            let target = try fill(row.pattern, actor: nil, school: Self.calder)
            let response = send(row, target: target, session: session, actor: nil)
            let expected: Outcome = row.method == "POST" ? .csrfRejected : row.rule == .everyone ? row.visitor : .signIn
            check(response, expected, row, target, "no session", actor: nil)
            checked += 1
        }
        XCTAssertEqual(checked, Self.table.count)
    }

    func testVisitorsWithASessionGetPublicPagesAndAreSentToSignInForTheRest() throws {
        for row in Self.table {
            let session = TestSession(application)
            try session.adoptVisitorSession()
            let target = try fill(row.pattern, actor: nil, school: Self.calder)
            let response = send(row, target: target, session: session, actor: nil)
            let expected: Outcome = row.rule == .everyone ? row.visitor : .signIn
            check(response, expected, row, target, "visitor", actor: nil)
        }
    }

    func testEveryRoleAtTheirOwnSchoolAndAtAnotherSchool() throws {
        var cells = 0
        for actor in Self.actors {
            let userID = try records.userID(email: actor.email)
            let grantID = try records.grantID(email: actor.email, role: actor.role,
                                              urn: actor.role.isAppropriateBodyStaff ? nil : actor.ownURN)
            let principal = try XCTUnwrap(try application.database.read {
                try AccountDirectory().principal(userID: userID, activeGrantID: grantID, $0)
            })
            for row in Self.table {
                let schools = row.scoped ? [actor.ownURN, actor.otherURN] : [actor.ownURN]
                for school in schools {
                    // A fresh session per request: sign-out and role switches must not leak into the next cell.
                    let session = TestSession(application)
                    try session.adoptSession(userID: userID, grantID: grantID)
                    let target = try fill(row.pattern, actor: actor, school: school)
                    let response = send(row, target: target, session: session, actor: principal)
                    check(response, expected(row, actor: actor, school: school), row, target, "\(actor) at \(school)", actor: principal)
                    cells += 1
                }
            }
        }
        XCTAssertGreaterThan(cells, Self.actors.count * Self.table.count, "scoped routes are asked about two schools")
    }

    /// Item 11: a mentor gets 403 for every ECT route about an ECT at their own school who is not their
    /// mentee, even the record they could open as their mentor; and the refusal is audited.
    func testAMentorIsRefusedEveryRouteOfAnotherECTAtTheirOwnSchool() throws {
        var cells = 0
        for actor in Self.actors where actor.role == .mentor {
            let userID = try records.userID(email: actor.email)
            let grantID = try records.grantID(email: actor.email, role: .mentor, urn: actor.ownURN)
            let mentees = Set(try records.ectIDs(mentoredBy: actor.email))
            let other = try XCTUnwrap(try records.ectIDs(urn: actor.ownURN).first { !mentees.contains($0) }, "\(actor) mentors everyone")
            for row in Self.table where row.pattern.contains(":ectID") {
                let session = TestSession(application)
                try session.adoptSession(userID: userID, grantID: grantID)
                let target = row.pattern.replacingOccurrences(of: ":ectID", with: String(other))
                let denied = try records.count("SELECT count(*) FROM audit_events WHERE action = 'permission.denied'")
                let response = send(row, target: target, session: session, actor: nil)
                check(response, .forbidden, row, target, "\(actor), not their mentee", actor: nil)
                XCTAssertEqual(try records.count("SELECT count(*) FROM audit_events WHERE action = 'permission.denied'"), denied + 1, target)
                cells += 1
            }
        }
        XCTAssertGreaterThan(cells, 2 * 8, "both mentors, every ECT route")
    }

    /// The outcome the table promises for a signed-in actor.
    private func expected(_ row: Row, actor: Actor, school: String) -> Outcome {
        if row.rule == .everyone { return row.signedIn }
        guard row.allowed.contains(actor.role) else { return row.deniedOutcome }
        if row.scoped && !actor.role.isAppropriateBodyStaff && school != actor.ownURN { return .forbidden }
        return row.allowedOutcome
    }

    // MARK: Requests

    private func send(_ row: Row, target: String, session: TestSession, actor: Principal?) -> TestResponse {
        guard row.method == "POST" else { return session.get(target) }
        let form = row.form.map { name, value -> (String, String) in
            var filled = value.replacingOccurrences(of: "{grant}", with: actor.map { String($0.active.id) } ?? "")
            if filled.contains("{unique}") {
                uniqueCounter += 1
                filled = filled.replacingOccurrences(of: "{unique}", with: "matrix-\(uniqueCounter)")
            }
            return (name, filled)
        }
        return session.post(target, form: form)
    }

    /// Real ids from the seeded database for each `:name` segment; tokens and registration
    /// requests are made fresh for every request, since a request may use them up.
    private func fill(_ pattern: String, actor: Actor?, school urn: String) throws -> String {
        var segments: [String] = []
        for segment in pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            switch segment {
            case ":schoolID":
                segments.append(String(try records.schoolID(urn: urn)))
            case ":ectID":
                lastECTID = try ectID(actor: actor, urn: urn)
                segments.append(String(lastECTID))
            case ":reportID":
                lastReportID = try records.makeSharedReport(ectID: try ectID(actor: actor, urn: urn), time: TestEnvironment.fixedTime)
                segments.append(String(lastReportID))
            case ":fileID":
                segments.append(String(try records.makeEvidence(reportID: lastReportID, time: TestEnvironment.fixedTime)))
            case ":absenceID":
                segments.append(String(try records.makeAbsence(ectID: lastECTID)))
            case ":messageID":
                segments.append(String(try records.makeOutboxMessage(time: TestEnvironment.fixedTime)))
            case ":periodID":
                uniqueCounter += 1
                segments.append(String(try records.makePendingECTRegistration(urn: urn, trn: String(7_100_000 + uniqueCounter),
                                                                              time: TestEnvironment.fixedTime)))
            case ":exportID", ":number":
                segments.append("1")
            case ":year":
                segments.append("2026")
            case ":concernID":
                segments.append(String(try records.makeConcern(time: TestEnvironment.fixedTime)))
            case ":questionID":
                segments.append(String(try makeReportQuestion()))
            case ":grantID":
                uniqueCounter += 1
                segments.append(String(try records.makeMentorGrant(urn: urn, email: "matrix-mentor-\(uniqueCounter)@example.org",
                                                                   time: TestEnvironment.fixedTime)))
            case ":requestID":
                uniqueCounter += 1
                segments.append(String(try records.makeRegistrationRequest(urn: String(600_000 + uniqueCounter), time: TestEnvironment.fixedTime)))
            case ":token" where pattern.hasPrefix("/reset-password"):
                segments.append(try records.issueResetToken(email: "mentor@145630.schools.example", time: TestEnvironment.fixedTime))
            case ":token" where pattern.hasPrefix("/invitations"):
                segments.append(try records.issueInvitationToken(email: "induction-lead@145630.schools.example", time: TestEnvironment.fixedTime))
            case let other where other.hasPrefix(":"):
                XCTFail("no value for \(other) in \(pattern): teach fill(_:) about it")
                segments.append("1")
            default:
                segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }

    /// A fresh live progress review question, last in its order, so retiring it or moving it up changes something.
    private func makeReportQuestion() throws -> Int {
        uniqueCounter += 1
        let store = InductionStore(database: application.database, time: TestEnvironment.fixedTime)
        return try AddReportQuestion(store: store).add(
            ReportQuestionDraft(kind: .progressReview, prompt: "Matrix question \(uniqueCounter)", answerType: .yesNo),
            author: Author(userID: nil, name: "Matrix", role: .abAdmin, clientAddress: "192.0.2.1"))
    }

    /// The ECT's own record for the ECT role at their school, a mentor's first mentee at theirs
    /// (item 11); otherwise the school's first ECT.
    private func ectID(actor: Actor?, urn: String) throws -> Int {
        if let actor, actor.role == .mentor, urn == actor.ownURN {
            return try XCTUnwrap(try records.ectIDs(mentoredBy: actor.email).first, "\(actor) mentors nobody")
        }
        if let actor, actor.role == .ect, urn == actor.ownURN {
            return try XCTUnwrap(try application.database.read {
                try $0.scalarInt("SELECT g.ect_id FROM role_grants g JOIN users u ON u.id = g.user_id WHERE u.email = ?", [actor.email])
            })
        }
        return try XCTUnwrap(try records.ectIDs(urn: urn).first)
    }

    // MARK: Checking

    private func check(_ response: TestResponse, _ expected: Outcome, _ row: Row, _ target: String, _ who: String, actor: Principal?,
                       file: StaticString = #filePath, line: UInt = #line) {
        let what = "\(who): \(row.method) \(target)"
        let actual = "\(response.status)\(response.location.map { " → \($0)" } ?? "")"
        let message = "\(what): expected \(expected), got \(actual)"
        switch expected {
        case .status(let code):
            XCTAssertEqual(response.status, code, message, file: file, line: line)
        case .redirect(let location):
            XCTAssertTrue(response.status == 303 && response.location == location, message, file: file, line: line)
        case .redirectPrefix(let prefix):
            XCTAssertTrue(response.status == 303 && response.location?.hasPrefix(prefix) == true, message, file: file, line: line)
        case .home:
            let home = actor.map(Self.home) ?? "?"
            XCTAssertTrue(response.status == 303 && response.location == home, message + " (home is \(home))", file: file, line: line)
        case .signIn:
            let location = row.method == "POST" ? "/sign-in" : "/sign-in?next=" + target
            XCTAssertTrue(response.status == 303 && response.location == location, message + " (expected \(location))", file: file, line: line)
        case .forbidden:
            XCTAssertTrue(response.status == 403 && response.text.contains("You do not have access to this page"), message, file: file, line: line)
        case .csrfRejected:
            XCTAssertTrue(response.status == 403 && response.text.contains("Your form could not be sent"), message, file: file, line: line)
        }
    }

    static func home(_ principal: Principal) -> String {
        if principal.active.role.isAppropriateBodyStaff { return "/ab" }
        if principal.active.role == .ect { return "/my-induction" }
        return "/schools/\(principal.active.schoolID ?? 0)"
    }
}
