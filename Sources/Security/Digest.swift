import CSodium

/// SHA-256 (`crypto_hash_sha256`). Fit for hashing high-entropy tokens before storing them;
/// never for passwords, which need `PasswordHasher`.
public enum Digest {
    public static func sha256Hex(_ text: String) -> String {
        sha256Hex(Array(text.utf8))
    }

    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        Sodium.ensureInitialised()
        var digest = [UInt8](repeating: 0, count: Int(crypto_hash_sha256_BYTES))
        let padded = bytes + [0]  // keeps the pointer non-nil when `bytes` is empty
        padded.withUnsafeBufferPointer { input in
            _ = crypto_hash_sha256(&digest, input.baseAddress!, UInt64(bytes.count))
        }
        var hex = [CChar](repeating: 0, count: digest.count * 2 + 1)
        _ = sodium_bin2hex(&hex, hex.count, digest, digest.count)
        return hex.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }
}
