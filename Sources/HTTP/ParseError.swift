/// A request the server refuses; the connection always closes after answering it.
struct ParseError: Error, Equatable, Sendable {
    var status: Int
    var message: String

    init(_ status: Int, _ message: String) {
        self.status = status
        self.message = message
    }
}
