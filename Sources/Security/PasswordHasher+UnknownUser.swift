extension PasswordHasher {
    /// A hash of a random password, made once, to verify against when no account matches.
    private static let decoyHash: String = {
        guard let hash = try? hash(SecureRandom.token()) else { fatalError("cannot create decoy password hash") }
        return hash
    }()

    /// Spends the same time as `verify` against a real hash and returns false, so that signing in
    /// with an unknown email takes as long as a wrong password (no account enumeration by timing).
    public static func verifyUnknownUser(_ password: String) -> Bool {
        _ = verify(password, against: decoyHash)
        return false
    }
}
