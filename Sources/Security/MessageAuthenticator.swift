import CSodium

/// HMAC-SHA-512-256 from libsodium (`crypto_auth`): a tag only the key's holder can make, checked
/// in constant time (`crypto_auth_verify`).
public struct MessageAuthenticator: Sendable {
    private let key: [UInt8]

    /// `key` must be `keyByteCount` bytes; use `SecureRandom.bytes(MessageAuthenticator.keyByteCount)`.
    public init(key: [UInt8]) {
        precondition(key.count == Self.keyByteCount, "crypto_auth needs a 32-byte key")
        self.key = key
    }

    public static let keyByteCount = Int(crypto_auth_KEYBYTES)

    /// A fresh random key, for secrets that need not outlive the process.
    public static func random() -> MessageAuthenticator {
        MessageAuthenticator(key: SecureRandom.bytes(keyByteCount))
    }

    /// The tag of `message`, as unpadded base64url (43 characters).
    public func tag(_ message: String) -> String {
        Base64URL.encode(rawTag(Array(message.utf8)))
    }

    public func verify(_ tag: String, for message: String) -> Bool {
        ConstantTime.equals(tag, self.tag(message))
    }

    private func rawTag(_ message: [UInt8]) -> [UInt8] {
        Sodium.ensureInitialised()
        var output = [UInt8](repeating: 0, count: Int(crypto_auth_BYTES))
        _ = message.withUnsafeBufferPointer { input in
            key.withUnsafeBufferPointer { crypto_auth(&output, input.baseAddress, UInt64(input.count), $0.baseAddress!) }
        }
        return output
    }
}
