import SQLite

/// Settings the appropriate body's admins change in the product.
public struct AppropriateBodySettings: Sendable, Equatable {
    /// When on, AB staff and headteachers must enter an emailed code at every sign-in.
    public var requireSecondFactor: Bool

    public init(requireSecondFactor: Bool = false) {
        self.requireSecondFactor = requireSecondFactor
    }

    public static func load(_ connection: Connection) throws -> AppropriateBodySettings {
        let value = try connection.queryOne("SELECT value FROM settings WHERE key = 'require_second_factor'")?.string("value")
        return AppropriateBodySettings(requireSecondFactor: value == "1")
    }

    func save(in connection: Connection) throws {
        try connection.run(
            "INSERT INTO settings (key, value) VALUES ('require_second_factor', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            [requireSecondFactor ? "1" : "0"])
    }

    /// The setting covers AB staff and headteachers; others may still choose a code for themselves.
    public func secondFactorRequired(for role: Role) -> Bool {
        requireSecondFactor && (role.isAppropriateBodyStaff || role == .headteacher)
    }
}
