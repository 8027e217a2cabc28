/// The appropriate body's admin changes its settings (for now, whether a second factor is required).
public struct SaveAppropriateBodySettings: Sendable {
    let store: InductionStore

    public init(store: InductionStore) { self.store = store }

    /// Stores `wanted` with a "settings.changed" audit event naming the old and new value. False (and
    /// nothing written) when the settings are already so.
    @discardableResult
    public func save(_ wanted: AppropriateBodySettings, author: Author) throws -> Bool {
        try store.change { c, stamp in
            let current = try AppropriateBodySettings.load(c)
            guard current != wanted else { return false }
            try wanted.save(in: c)
            let change = "\(Self.onOff(current.requireSecondFactor)) to \(Self.onOff(wanted.requireSecondFactor))"
            try AuditEvent(author: author, action: .settingsChanged, recordType: "settings", detail: "require_second_factor: \(change)")
                .record(in: c, at: stamp)
            return true
        }
    }

    private static func onOff(_ value: Bool) -> String { value ? "on" : "off" }
}
