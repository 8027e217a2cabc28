/// What is wrong with a form, for people: field name → message, in the words the page shows.
public struct ValidationErrors: Error, Sendable, Equatable {
    public let messages: [String: String]

    public init(_ messages: [String: String]) {
        self.messages = messages
    }
}
