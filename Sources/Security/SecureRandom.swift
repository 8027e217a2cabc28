import CSodium

/// Cryptographically secure random bytes from libsodium (`randombytes_buf`, the OS CSPRNG).
public enum SecureRandom {
    public static func bytes(_ count: Int) -> [UInt8] {
        precondition(count >= 0, "negative byte count")
        guard count > 0 else { return [] }
        Sodium.ensureInitialised()
        var buffer = [UInt8](repeating: 0, count: count)
        buffer.withUnsafeMutableBytes { randombytes_buf($0.baseAddress!, $0.count) }
        return buffer
    }

    /// `bytes` random bytes as unpadded base64url: 32 bytes (256 bits) give 43 characters of `[A-Za-z0-9_-]`.
    public static func token(bytes count: Int = 32) -> String {
        Base64URL.encode(bytes(count))
    }
}
