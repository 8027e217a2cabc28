import Foundation
import SQLite
import Synchronization

/// Delivers the outbox through a `MailTransport` (the serve command's is sendmail). Without one,
/// messages stay pending for admins to read.
public final class OutboxDeliveryWorker: Sendable {
    /// Waits after the 1st to 5th failed attempt; the 6th failure gives up.
    public static let retryDelays: [TimeInterval] = [60, 300, 1800, 7200, 21600]
    public static var maximumAttempts: Int { retryDelays.count + 1 }

    private let database: Database
    private let time: any TimeSource
    private let transport: (any MailTransport)?
    private let from: String?
    private let batchSize: Int
    private let delivering = Mutex(())
    private let loop = PeriodicTask(name: "induct-outbox")

    /// `from` (optional) becomes the From header; otherwise the MTA supplies one.
    public init(store: InductionStore, transport: (any MailTransport)?, from: String? = nil, batchSize: Int = 100) {
        database = store.database
        time = store.time
        self.transport = transport
        self.from = from.flatMap(EmailAddress.normalise)
        self.batchSize = max(1, batchSize)
    }

    public var isConfigured: Bool { transport != nil }

    /// Sends every due pending message, one at a time. `failed` counts failed attempts in this run,
    /// whether or not the message will be retried.
    @discardableResult
    public func deliverDue() -> (sent: Int, failed: Int) {
        guard let transport else { return (0, 0) }
        return delivering.withLock { _ in
            var sent = 0
            var failed = 0
            let due = (try? database.read { try OutboxQueries().due(at: time.timestamp, limit: batchSize, $0) }) ?? []
            for message in due {
                if deliver(message, with: transport) { sent += 1 } else { failed += 1 }
            }
            return (sent, failed)
        }
    }

    private func deliver(_ message: OutboxMessage, with transport: any MailTransport) -> Bool {
        guard let text = OutboxMailFormat.render(message, from: from, date: time.now(), domain: messageIDDomain) else {
            recordFailure(message, error: "The recipient is not a single valid email address", permanent: true)
            return false
        }
        guard let failure = transport.send(Array(text.utf8)) else {
            recordSuccess(message)
            return true
        }
        recordFailure(message, error: failure, permanent: false)
        return false
    }

    private func recordSuccess(_ message: OutboxMessage) {
        _ = try? database.write { c in
            try c.run("UPDATE outbox_messages SET status = 'sent', attempts = attempts + 1, sent_at = ?, last_error = '' WHERE id = ? AND status = 'pending'",
                      [time.timestamp, message.id])
        }
    }

    private func recordFailure(_ message: OutboxMessage, error: String, permanent: Bool) {
        let attempts = message.attempts + 1
        let givesUp = permanent || attempts >= Self.maximumAttempts
        let now = time.now()
        let next = givesUp ? now : now.addingTimeInterval(Self.retryDelays[attempts - 1])
        _ = try? database.write { c in
            try c.run(
                "UPDATE outbox_messages SET status = ?, attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ? AND status = 'pending'",
                [(givesUp ? OutboxStatus.failed : .pending).rawValue, attempts, String(TextCleaning.singleLine(error).prefix(200)), Timestamp.format(next), message.id])
        }
    }

    private var messageIDDomain: String {
        if let from, let at = from.lastIndex(of: "@") { return String(from[from.index(after: at)...]) }
        return "induct.localhost"
    }

    /// Delivers due messages now and then every `interval` seconds on a background thread, until `stop`.
    /// Calling it while running does nothing.
    public func start(every interval: TimeInterval) {
        loop.start(every: interval) { [self] in deliverDue() }
    }

    /// Stops the loop and waits for a delivery in progress (for sendmail, at most its timeout) to finish.
    public func stop() {
        loop.stop()
    }
}
