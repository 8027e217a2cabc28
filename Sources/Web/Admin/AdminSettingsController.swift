import HTTP
import Induction

/// The appropriate body's settings: for now, whether AB staff and headteachers must enter an
/// emailed code at every sign-in. A change is saved with its audit event in one transaction.
struct AdminSettingsController: Sendable {
    static let secondFactorLabel = "Require an emailed code at sign-in for appropriate body staff and headteachers"
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let settings = try services.store.database.read { try AppropriateBodySettings.load($0) }
        return try pages.render("pages/admin/settings", title: "Settings", context: context, values: [
            "requireSecondFactor": .bool(settings.requireSecondFactor),
            "secondFactorLabel": .string(Self.secondFactorLabel),
            "saved": .bool(context.request.queryValue("saved") != nil),
        ])
    }

    /// An unticked checkbox sends nothing, so absence means off.
    func save(_ context: RequestContext) throws -> HTTPResponse {
        let wanted = AppropriateBodySettings(requireSecondFactor: context.form["requireSecondFactor"] == "1")
        let user = context.principal!.user
        try services.store.database.write { c in
            try c.transaction {
                let current = try AppropriateBodySettings.load(c)
                guard current != wanted else { return }
                try wanted.save(in: c)
                try AuditEvent(actor: user.name, actorUserID: user.id, action: .settingsChanged, recordType: "settings",
                               detail: "require_second_factor: \(Self.onOff(current.requireSecondFactor)) to \(Self.onOff(wanted.requireSecondFactor))",
                               clientAddress: context.clientAddress)
                    .record(in: c, at: services.time.timestamp)
            }
        }
        return .redirect(to: "/admin/settings?saved=1")
    }

    static func onOff(_ value: Bool) -> String { value ? "on" : "off" }
}
