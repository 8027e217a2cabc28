public enum SecondFactorResult: Sendable, Equatable {
    case verified
    /// 0 when that was the last try: the code is now spent.
    case wrong(remainingAttempts: Int)
    /// No live code: it expired, was used, was replaced by a newer one or ran out of tries.
    case expiredOrUsedUp
}
