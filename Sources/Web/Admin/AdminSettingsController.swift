import HTTP
import Induction

/// The appropriate body's settings: for now, whether AB staff and headteachers must enter an
/// emailed code at every sign-in. A change is saved with its audit event in one transaction.
struct AdminSettingsController: Sendable {
    static let secondFactorLabel = "Require an emailed code at sign-in for appropriate body staff and headteachers"
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let settings = try services.reader.appropriateBodySettings()
        return try pages.render("pages/admin/settings", title: "Settings", context: context, values: [
            "requireSecondFactor": .bool(settings.requireSecondFactor),
            "secondFactorLabel": .string(Self.secondFactorLabel),
            "saved": .bool(context.request.queryValue("saved") != nil),
        ])
    }

    /// An unticked checkbox sends nothing, so absence means off.
    func save(_ context: RequestContext) throws -> HTTPResponse {
        let wanted = AppropriateBodySettings(requireSecondFactor: context.form["requireSecondFactor"] == "1")
        try SaveAppropriateBodySettings(store: services.store).save(wanted, author: context.author)
        return .redirect(to: "/admin/settings?saved=1")
    }
}
