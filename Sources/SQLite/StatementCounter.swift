import Synchronization

/// How many statements the connections of one `Database` have run, so that a test can count the
/// statements of one request (issue 12: "the test suite counts SQL statements per request").
final class StatementCounter: Sendable {
    private let count = Atomic<Int>(0)

    var value: Int { count.load(ordering: .relaxed) }

    func add(_ statements: Int = 1) {
        count.add(statements, ordering: .relaxed)
    }
}
