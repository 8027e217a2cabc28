/// Start-up failures, such as an address already in use.
public struct HTTPServerError: Error, CustomStringConvertible, Sendable {
    public var description: String

    init(_ description: String) { self.description = description }
}
