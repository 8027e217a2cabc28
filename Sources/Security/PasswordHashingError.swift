/// `crypto_pwhash_str` failed, in practice because the memory limit could not be allocated.
public struct PasswordHashingError: Error, CustomStringConvertible, Sendable {
    public var description: String { "password hashing failed (out of memory?)" }
}
