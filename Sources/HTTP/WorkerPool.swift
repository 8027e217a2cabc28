import CEpoll
import Foundation

/// A fixed number of threads running synchronous handlers, off Swift's cooperative pool.
final class WorkerPool: Sendable {
    private let queue = WorkQueue<WorkItem>()

    init(count: Int, handler: @escaping HTTPHandler, completed: @escaping @Sendable (WorkItem) -> Void) {
        for index in 0..<max(1, count) {
            let name = "http-worker-\(index)"
            let thread = Thread { [queue] in
                cepoll_name_thread(name)
                while var item = queue.pop() {
                    item.response = handler(item.request)
                    completed(item)
                }
            }
            thread.name = name
            thread.start()
        }
    }

    func submit(_ item: WorkItem) { queue.push(item) }

    /// Workers finish what they hold and exit; handlers are never interrupted.
    func stop() { queue.close() }
}
