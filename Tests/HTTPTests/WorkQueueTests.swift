import Foundation
import XCTest
@testable import HTTP

final class WorkQueueTests: XCTestCase {
    private final class Payload: Sendable {}

    func testAPoppedItemIsNotKeptAlive() {
        let queue = WorkQueue<Payload>()
        weak var first: Payload?
        weak var second: Payload?
        do {
            let a = Payload(), b = Payload(), c = Payload()
            first = a
            second = b
            queue.push(a)
            queue.push(b)
            queue.push(c)
        }
        XCTAssertNotNil(queue.pop())
        XCTAssertNil(first, "the queue let go of the first item once popped, with others still waiting")
        XCTAssertNotNil(second, "waiting items are kept")
        XCTAssertNotNil(queue.pop())
        XCTAssertNil(second)
    }

    func testItemsComeOutInOrderAndCloseDrainsThenEnds() {
        let queue = WorkQueue<Int>()
        for value in 0..<3000 { queue.push(value) }
        XCTAssertEqual((0..<2000).compactMap { _ in queue.pop() }, Array(0..<2000))
        for value in 3000..<3100 { queue.push(value) }
        queue.close()
        var rest: [Int] = []
        while let value = queue.pop() { rest.append(value) }
        XCTAssertEqual(rest, Array(2000..<3100))
    }
}
