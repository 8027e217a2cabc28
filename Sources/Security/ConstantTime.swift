import CSodium

/// Comparisons whose timing does not depend on where the inputs first differ (`sodium_memcmp`).
/// Different lengths return false at once: length is not treated as secret.
public enum ConstantTime {
    public static func equals(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        guard !a.isEmpty else { return true }
        Sodium.ensureInitialised()
        return a.withUnsafeBytes { left in
            b.withUnsafeBytes { right in
                sodium_memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0
            }
        }
    }

    /// Compares the UTF-8 bytes, with no Unicode normalisation.
    public static func equals(_ a: String, _ b: String) -> Bool {
        equals(Array(a.utf8), Array(b.utf8))
    }
}
