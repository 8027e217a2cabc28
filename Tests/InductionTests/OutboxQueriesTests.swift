import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import XCTest

final class OutboxQueriesTests: XCTestCase {
    private let time = TestFixtures.fixedTime

    func testListsNewestFirstFiltersByStatusAndPages() throws {
        let database = try TestFixtures.makeDatabase(accounts: false)
        try database.write { c in
            for n in 1...5 {
                try OutgoingEmail(recipient: "person\(n)@example.org", subject: "Message \(n)", body: "Body \(n)").enqueue(in: c, at: time.timestamp)
            }
            try c.run("UPDATE outbox_messages SET status = 'sent', sent_at = ? WHERE id IN (2, 4)", [time.timestamp])
        }
        try database.read { c in
            let queries = OutboxQueries()
            XCTAssertEqual(try queries.count(status: nil, c), 5)
            XCTAssertEqual(try queries.count(status: .sent, c), 2)
            XCTAssertEqual(try queries.count(status: .pending, c), 3)
            XCTAssertEqual(try queries.messages(status: nil, limit: 2, offset: 0, c).map(\.id), [5, 4])
            XCTAssertEqual(try queries.messages(status: nil, limit: 2, offset: 2, c).map(\.id), [3, 2])
            XCTAssertEqual(try queries.messages(status: .pending, limit: 50, offset: 0, c).map(\.id), [5, 3, 1])
            let first = try XCTUnwrap(try queries.message(id: 1, c))
            XCTAssertEqual(first.recipient, "person1@example.org")
            XCTAssertEqual(first.subject, "Message 1")
            XCTAssertEqual(first.body, "Body 1")
            XCTAssertEqual(first.nextAttemptAt, "2026-11-25T10:00:00Z")
            XCTAssertNil(first.sentAt)
            XCTAssertNil(try queries.message(id: 99, c))
        }
    }
}
