import Foundation
import InductDomainTestSupport
import Induction
import SQLite
import Sendmail
import XCTest

final class OutboxDeliveryTests: XCTestCase {
    private var database: Database!
    private var directory: String!
    private let clock = MutableTimeSource()

    override func setUpWithError() throws {
        directory = TestFixtures.makeDirectory()
        database = try TestFixtures.makeDatabase(accounts: false, path: directory + "/db.sqlite")
    }

    override func tearDownWithError() throws {
        database = nil
        try? FileManager.default.removeItem(atPath: directory)
    }

    @discardableResult
    private func enqueue(to recipient: String = "head@example.org", subject: String = "Welcome to Induct",
                         body: String = "Line one\nLine two") throws -> Int {
        try database.write { try OutgoingEmail(recipient: recipient, subject: subject, body: body).enqueue(in: $0, at: clock.timestamp) }
    }

    private func message(_ id: Int) throws -> OutboxMessage {
        try XCTUnwrap(try database.read { try OutboxQueries().message(id: id, $0) })
    }

    private func worker(_ command: String?, timeout: TimeInterval = 30) -> OutboxDeliveryWorker {
        OutboxDeliveryWorker(store: InductionStore(database: database, time: clock),
                             transport: SendmailTransport(command: command, timeout: timeout))
    }

    func testACommandReceivesTheMessageOnStandardInputAndItIsMarkedSent() throws {
        let id = try enqueue()
        let file = directory + "/mail.txt"
        let result = worker("cat > '\(file)'").deliverDue()
        XCTAssertEqual(result.sent, 1)
        XCTAssertEqual(result.failed, 0)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        XCTAssertTrue(lines.contains("To: head@example.org"))
        XCTAssertTrue(lines.contains("Subject: Welcome to Induct"))
        XCTAssertTrue(lines.contains("Date: Wed, 25 Nov 2026 10:00:00 +0000"))
        XCTAssertTrue(lines.contains("MIME-Version: 1.0"))
        XCTAssertTrue(lines.contains("Content-Type: text/plain; charset=utf-8"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("Message-ID: <induct.outbox.\(id).") && $0.hasSuffix(">") })
        XCTAssertTrue(text.hasSuffix("\n\nLine one\nLine two\n"), "a blank line separates headers from the body")
        let sent = try message(id)
        XCTAssertEqual(sent.status.rawValue, "sent")
        XCTAssertEqual(sent.attempts, 1)
        XCTAssertEqual(sent.sentAt, "2026-11-25T10:00:00Z")
        XCTAssertEqual(worker("cat > '\(file)'").deliverDue().sent, 0, "a sent message is not sent again")
    }

    func testAFailingCommandIsRetriedWithBackoffAndThenGivesUp() throws {
        let id = try enqueue()
        let failing = worker("echo 'relay refused' >&2; exit 3")
        XCTAssertEqual(failing.deliverDue().failed, 1)
        var state = try message(id)
        XCTAssertEqual(state.status.rawValue, "pending")
        XCTAssertEqual(state.attempts, 1)
        XCTAssertEqual(state.nextAttemptAt, "2026-11-25T10:01:00Z", "first retry after a minute")
        XCTAssertEqual(state.lastError, "exit status 3: relay refused")
        XCTAssertEqual(failing.deliverDue().failed, 0, "not due again yet")

        for (attempt, delay) in zip(2...6, OutboxDeliveryWorker.retryDelays) {
            clock.advance(by: delay)
            XCTAssertEqual(failing.deliverDue().failed, 1)
            state = try message(id)
            XCTAssertEqual(state.attempts, attempt)
        }
        XCTAssertEqual(OutboxDeliveryWorker.retryDelays, [60, 300, 1800, 7200, 21600])
        XCTAssertEqual(state.status.rawValue, "failed", "gives up after the 6th failure")
        clock.advance(by: 86_400)
        XCTAssertEqual(failing.deliverDue().failed, 0)
        XCTAssertEqual(try database.read { try OutboxQueries().count(status: .failed, $0) }, 1)
    }

    func testWithoutACommandMessagesStayPendingForTheOutboxPage() throws {
        let id = try enqueue()
        for command in [nil, "", "   "] {
            let result = worker(command).deliverDue()
            XCTAssertEqual(result.sent + result.failed, 0)
        }
        XCTAssertFalse(worker(nil).isConfigured)
        let state = try message(id)
        XCTAssertEqual(state.status.rawValue, "pending")
        XCTAssertEqual(state.attempts, 0)
    }

    func testLineBreaksInTheSubjectCannotAddAHeader() throws {
        try enqueue(subject: "Hello\r\nBcc: victim@example.com\nX-Evil: 1")
        let file = directory + "/mail.txt"
        XCTAssertEqual(worker("cat > '\(file)'").deliverDue().sent, 1)
        let lines = try String(contentsOfFile: file, encoding: .utf8).components(separatedBy: "\n")
        XCTAssertFalse(lines.contains { $0.hasPrefix("Bcc:") || $0.hasPrefix("X-Evil:") })
        XCTAssertTrue(lines.contains("Subject: Hello Bcc: victim@example.com X-Evil: 1"))
        XCTAssertFalse(try String(contentsOfFile: file, encoding: .utf8).contains("\r"))
    }

    func testARecipientWithALineBreakFailsWithoutRunningTheCommand() throws {
        let id = try database.write { c in
            try c.run("INSERT INTO outbox_messages (recipient, subject, body, next_attempt_at, created_at) VALUES (?, 'Hi', 'Body', ?, ?)",
                      ["head@example.org\nBcc: victim@example.com", clock.timestamp, clock.timestamp])
            return Int(c.lastInsertRowID)
        }
        let file = directory + "/mail.txt"
        XCTAssertEqual(worker("cat > '\(file)'").deliverDue().failed, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: file))
        XCTAssertEqual(try message(id).status.rawValue, "failed")
    }

    func testNonASCIISubjectIsEncodedAndLongBodyLinesAreWrapped() throws {
        let longLine = Array(repeating: "word", count: 400).joined(separator: " ")
        try enqueue(subject: "Chloé Dubois-Smith’s induction", body: longLine)
        let file = directory + "/mail.txt"
        XCTAssertEqual(worker("cat > '\(file)'").deliverDue().sent, 1)
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let lines = text.components(separatedBy: "\n")
        let subject = try XCTUnwrap(lines.first { $0.hasPrefix("Subject: ") })
        XCTAssertTrue(subject.hasPrefix("Subject: =?utf-8?B?"))
        let encoded = lines.drop { !$0.hasPrefix("Subject: ") }.prefix { $0.hasPrefix("Subject: ") || $0.hasPrefix(" ") }
        let decoded = encoded.map { line -> String in
            let word = line.replacingOccurrences(of: "Subject: ", with: "").trimmingCharacters(in: .whitespaces)
            let base64 = word.dropFirst("=?utf-8?B?".count).dropLast(2)
            return String(decoding: Data(base64Encoded: String(base64)) ?? Data(), as: UTF8.self)
        }.joined()
        XCTAssertEqual(decoded, "Chloé Dubois-Smith’s induction")
        XCTAssertTrue(lines.allSatisfy { $0.utf8.count <= 998 })
        XCTAssertTrue(text.replacingOccurrences(of: "\n", with: " ").contains(longLine))
    }

    func testACommandThatHangsIsKilledWithEverythingItStarted() throws {
        let id = try enqueue()
        let pidFile = directory + "/child.pid"
        let started = Date()
        XCTAssertEqual(worker("sleep 20 & echo $! > '\(pidFile)'; wait", timeout: 1).deliverDue().failed, 1)
        XCTAssertLessThan(Date().timeIntervalSince(started), 6)
        XCTAssertTrue(try message(id).lastError.contains("timed out"))
        let child = try XCTUnwrap(Int32(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        let deadline = Date().addingTimeInterval(3)
        while isRunning(child) && Date() < deadline { usleep(20_000) }
        XCTAssertFalse(isRunning(child), "the background sleep was killed with its process group")
    }

    private func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return !stat[close...].hasPrefix(") Z")
    }

    func testTheCommandInheritsOnlyItsStandardStreams() throws {
        try enqueue()
        let listing = directory + "/fds.txt"
        let stray = open(directory + "/db.sqlite", O_RDONLY)
        defer { close(stray) }
        XCTAssertEqual(worker("ls /proc/$$/fd > '\(listing)'").deliverDue().sent, 1)
        let fds = try String(contentsOfFile: listing, encoding: .utf8).split(separator: "\n").compactMap { Int($0) }
        XCTAssertEqual(fds.filter { $0 > 2 && $0 != 10 }, [], "no socket or database file reaches the mail command")
    }

    func testACommandThatIgnoresALargeMessageStillCounts() throws {
        let id = try enqueue(body: String(repeating: "0123456789\n", count: 30_000))
        XCTAssertEqual(worker("exit 0").deliverDue().sent, 1, "EPIPE on stdin neither kills the process nor fails")
        XCTAssertEqual(try message(id).status.rawValue, "sent")
    }

    func testTheBackgroundLoopDeliversUntilStopped() throws {
        let id = try enqueue()
        let file = directory + "/mail.txt"
        let loop = worker("cat > '\(file)'")
        loop.start(every: 0.05)
        loop.start(every: 0.05)
        let deadline = Date().addingTimeInterval(10)
        while try message(id).status.rawValue != "sent" && Date() < deadline { usleep(20_000) }
        loop.stop()
        loop.stop()
        XCTAssertEqual(try message(id).status.rawValue, "sent")
        let later = try enqueue()
        usleep(200_000)
        XCTAssertEqual(try message(later).status.rawValue, "pending", "nothing is delivered after stop")
    }
}
