import CSodium
import Foundation

/// Argon2id password hashes in libsodium's self-describing string format ("$argon2id$v=19$m=…").
public enum PasswordHasher {
    /// libsodium's interactive limits: 2 passes over 64 MiB.
    static let opsLimit = UInt64(crypto_pwhash_argon2id_opslimit_interactive())
    static let memLimit = crypto_pwhash_argon2id_memlimit_interactive()

    public static func hash(_ password: String) throws -> String {
        try hash(password, opsLimit: opsLimit, memLimit: memLimit)
    }

    /// Constant-time in the hash: libsodium compares the derived key with `sodium_memcmp`.
    public static func verify(_ password: String, against hash: String) -> Bool {
        Sodium.ensureInitialised()
        guard hash.utf8.count < crypto_pwhash_argon2id_strbytes() else { return false }
        let text = normalised(password)
        return HashingGate.shared.run {
            hash.withCString { encoded in
                text.withCString { crypto_pwhash_str_verify(encoded, $0, UInt64(text.utf8.count)) == 0 }
            }
        }
    }

    /// True when `hash` is not argon2id with the current limits (or is not a hash at all):
    /// re-hash the password at the next successful sign-in.
    public static func needsRehash(_ hash: String) -> Bool {
        Sodium.ensureInitialised()
        guard hash.utf8.count < crypto_pwhash_argon2id_strbytes() else { return true }
        return hash.withCString {
            crypto_pwhash_argon2id_str_needs_rehash($0, opsLimit, memLimit) != 0
        }
    }

    static func hash(_ password: String, opsLimit: UInt64, memLimit: Int) throws -> String {
        Sodium.ensureInitialised()
        let text = normalised(password)
        var output = [CChar](repeating: 0, count: crypto_pwhash_argon2id_strbytes())
        let result = HashingGate.shared.run {
            text.withCString {
                crypto_pwhash_argon2id_str(&output, $0, UInt64(text.utf8.count), opsLimit, memLimit)
            }
        }
        guard result == 0 else { throw PasswordHashingError() }
        return output.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
    }

    /// NFKC, as NIST SP 800-63B §5.1.1.2 advises, so a password typed on different devices
    /// (composed or decomposed accents, full-width digits) hashes the same.
    static func normalised(_ password: String) -> String {
        password.precomposedStringWithCompatibilityMapping
    }
}
