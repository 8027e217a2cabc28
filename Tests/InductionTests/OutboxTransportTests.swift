import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import Synchronization
import XCTest

/// Issue 8 item 5: the outbox knows only `MailTransport`; any transport can stand in for sendmail.
final class OutboxTransportTests: XCTestCase {
    private final class RecordingTransport: MailTransport {
        let sent = Mutex<[String]>([])
        let refusal: String?

        init(refusal: String?) {
            self.refusal = refusal
        }

        func send(_ message: [UInt8]) -> String? {
            sent.withLock { $0.append(String(decoding: message, as: UTF8.self)) }
            return refusal
        }
    }

    private func enqueuedDatabase() throws -> (database: Database, id: Int) {
        let database = try TestFixtures.makeDatabase(seeded: false, accounts: false)
        let id = try database.write {
            try OutgoingEmail(recipient: "head@example.org", subject: "Welcome", body: "Hello").enqueue(in: $0, at: TestFixtures.fixedTime.timestamp)
        }
        return (database, id)
    }

    func testTheWorkerHandsTheRenderedMessageToItsTransport() throws {
        let (database, id) = try enqueuedDatabase()
        let transport = RecordingTransport(refusal: nil)
        let result = OutboxDeliveryWorker(store: TestFixtures.makeStore(database), transport: transport).deliverDue()
        XCTAssertEqual(result.sent, 1)
        let text = try XCTUnwrap(transport.sent.withLock { $0 }.first)
        XCTAssertTrue(text.contains("To: head@example.org\n"))
        XCTAssertTrue(text.hasSuffix("\n\nHello\n"))
        XCTAssertEqual(try database.read { try OutboxQueries().message(id: id, $0) }?.status, .sent)
    }

    func testARefusalIsKeptOnOneLineAsTheLastError() throws {
        let (database, id) = try enqueuedDatabase()
        let transport = RecordingTransport(refusal: "relay\r\nrefused:\tmailbox full")
        XCTAssertEqual(OutboxDeliveryWorker(store: TestFixtures.makeStore(database), transport: transport).deliverDue().failed, 1)
        let message = try XCTUnwrap(try database.read { try OutboxQueries().message(id: id, $0) })
        XCTAssertEqual(message.status, .pending)
        XCTAssertEqual(message.lastError, "relay refused: mailbox full")
    }
}
