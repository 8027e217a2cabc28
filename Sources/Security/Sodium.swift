import CSodium

/// libsodium must be initialised before use; `sodium_init` is thread-safe and idempotent, and a
/// static let runs it exactly once.
enum Sodium {
    private static let initialised: Void = {
        guard sodium_init() >= 0 else { fatalError("libsodium failed to initialise") }
    }()

    static func ensureInitialised() {
        _ = initialised
    }
}
