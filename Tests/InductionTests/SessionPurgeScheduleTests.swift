import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

/// Issue 7 item 17: expired sessions are purged on a schedule, not only when presented again.
final class SessionPurgeScheduleTests: XCTestCase {
    func testExpiredSessionsAreDeletedByTheScheduleWithoutAnyoneAskingAndLiveOnesStay() throws {
        let time = MutableTimeSource()
        let database = try TestFixtures.makeDatabase(accounts: false)
        let store = SessionStore(database: database, time: time)
        let userID = try SignInFixtures.makeUser(database, email: "schedule@example.org", hash: nil)
        for _ in 0..<20 { _ = try store.startAnonymous(clientAddress: "") }
        _ = try store.start(userID: userID, secondFactorPending: false, clientAddress: "", replacing: nil)
        time.advance(minutes: 121)
        let live = try store.start(userID: userID, secondFactorPending: false, clientAddress: "", replacing: nil).token
        let count = { try database.read { try $0.queryOne("SELECT count(*) AS n FROM sessions")?.int("n") ?? -1 } }
        XCTAssertEqual(try count(), 22)

        let schedule = SessionPurgeSchedule(store: store)
        schedule.start(every: 0.05)
        defer { schedule.stop() }
        let deadline = Date().addingTimeInterval(5)
        while try count() > 1 && Date() < deadline { usleep(20_000) }
        XCTAssertEqual(try count(), 1, "the 20 visitors' rows and the idle sign-in are gone")
        XCTAssertNotNil(try store.resolve(live))

        // Later runs keep going: what expires after the first run goes too.
        time.advance(minutes: 31)
        let later = Date().addingTimeInterval(5)
        while try count() > 0 && Date() < later { usleep(20_000) }
        XCTAssertEqual(try count(), 0)
    }
}
