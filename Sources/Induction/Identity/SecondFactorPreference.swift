import SQLite

/// A person's own choice to be asked for an emailed code at every sign-in. The AB's setting can
/// require it for its staff and headteachers whatever they choose here.
public struct SecondFactorPreference: Sendable {
    public let database: Database
    public let time: any TimeSource

    public init(database: Database, time: any TimeSource) {
        self.database = database
        self.time = time
    }

    public func isEnabled(userID: Int) throws -> Bool {
        try database.read { try $0.scalarInt("SELECT second_factor_enabled FROM users WHERE id = ?", [userID]) ?? 0 } == 1
    }

    public func set(userID: Int, enabled: Bool, actorEmail: String, clientAddress: String) throws {
        try database.write { connection in
            try connection.transaction {
                let changed = try connection.run("UPDATE users SET second_factor_enabled = ? WHERE id = ? AND second_factor_enabled <> ?",
                                                 [enabled, userID, enabled])
                guard changed > 0 else { return }
                try AuditEvent(actor: actorEmail, actorUserID: userID, action: enabled ? .secondFactorEnabled : .secondFactorDisabled,
                               recordType: "user", recordID: userID, clientAddress: clientAddress).record(in: connection, at: time.timestamp)
            }
        }
    }
}
