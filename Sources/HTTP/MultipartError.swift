/// Why a multipart body was refused; the message is safe to show (it names no values).
public struct MultipartError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
