import Foundation

/// A blocking FIFO for the worker threads; `close()` lets them drain and exit.
final class WorkQueue<Element: Sendable>: @unchecked Sendable {
    // @unchecked: `items` and `closed` are only touched while holding `condition`.
    private let condition = NSCondition()
    /// Popped slots are set to nil at once: a slot kept until compaction would keep its request
    /// (and its body, up to the body limit) alive long after the answer.
    private var items: [Element?] = []
    private var head = 0
    private var closed = false

    func push(_ item: Element) {
        condition.lock()
        items.append(item)
        condition.signal()
        condition.unlock()
    }

    /// Blocks until an item is available; nil once closed and empty.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        items[head] = nil
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        } else if head > 1024 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        return item
    }

    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}
