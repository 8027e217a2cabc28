import Glibc

/// The Date header's text, formatted once a second rather than once a response; owned by one loop.
struct HTTPDateCache {
    private var second = 0
    private var text = ""

    mutating func now() -> String {
        let current = time(nil)
        if current != second {
            second = current
            text = HTTPDate.format(secondsSince1970: current)
        }
        return text
    }
}
