/// How many rows a short-schedule purge removed.
public struct OperationalPurge: Sendable, Equatable {
    public let outboxMessages: Int
    public let signInThrottles: Int

    public var total: Int { outboxMessages + signInThrottles }
}
