import Dispatch
import Foundation
import Synchronization
import XCTest
@testable import Security

final class HashingGateTests: XCTestCase {
    private func maximumAtOnce(limit: Int, tasks: Int) -> Int {
        let gate = HashingGate(limit: limit)
        let now = Atomic<Int>(0), peak = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: tasks) { _ in
            gate.run {
                let inside = now.add(1, ordering: .sequentiallyConsistent).newValue
                _ = peak.max(inside, ordering: .sequentiallyConsistent)
                usleep(20_000)
                now.subtract(1, ordering: .sequentiallyConsistent)
            }
        }
        return peak.load(ordering: .sequentiallyConsistent)
    }

    func testNoMoreThanTheLimitRunAtOnceAndAllRun() {
        XCTAssertEqual(maximumAtOnce(limit: 1, tasks: 8), 1)
        XCTAssertLessThanOrEqual(maximumAtOnce(limit: 2, tasks: 8), 2)
    }

    func testPasswordHashingSharesOneGateOfOne() throws {
        XCTAssertEqual(HashingGate.shared.limit, 1, "one 64 MiB Argon2id computation at a time")
        // Four sign-ins at once still all verify, one after another.
        let hash = try PasswordHasher.hash("correct horse battery staple")
        let verified = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: 4) { _ in
            if PasswordHasher.verify("correct horse battery staple", against: hash) { verified.add(1, ordering: .relaxed) }
        }
        XCTAssertEqual(verified.load(ordering: .relaxed), 4)
    }
}
