/// How many rows a short-schedule purge removed.
public struct OperationalPurge: Sendable, Equatable {
    public let outboxMessages: Int
    public let signInThrottles: Int

    public init(outboxMessages: Int, signInThrottles: Int) {
        self.outboxMessages = outboxMessages
        self.signInThrottles = signInThrottles
    }

    public var total: Int { outboxMessages + signInThrottles }
}
