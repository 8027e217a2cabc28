import HTTP
import Induction
import SQLite
import Templates

/// A school's home: its ECTs, for everyone at the school in the role they are acting in.
struct SchoolController: Sendable {
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let schoolID = try context.id("schoolID")
        let found = try services.database.read { c in
            try InductionDirectory().roster(schoolID: schoolID, c).map { ($0, try InductionDirectory().pendingRegistrations(schoolID: schoolID, c)) }
        }
        guard let (roster, pending) = found else { throw HTTPError.notFound }
        let role = context.principal?.active.role
        let isStaffHere = context.principal?.active.schoolID == schoolID
        let heading = isStaffHere ? "\(role?.title ?? "School") home" : roster.school.name
        return try pages.render("pages/school_home", title: "\(roster.school.name)", context: context, values: [
            "heading": .string(heading),
            "schoolName": .string(roster.school.name),
            "urn": .string(roster.school.urn),
            "school": ECTListView.school(roster),
            "canOpenRecords": .bool(role != .schoolAdmin),
            "canRegisterECT": .bool(AccessPolicy.allows(context.principal, .registerECT, .school(id: schoolID))),
            "registerHref": .string("/schools/\(schoolID)/ects/new"),
            "pendingRegistrations": .list(pending.map(Self.pending)),
            "hasPendingRegistrations": .bool(!pending.isEmpty),
            "registeredBanner": TemplateValue(Self.banner(context, pending)),
        ])
    }

    static func pending(_ registration: PendingECTRegistration) -> TemplateValue {
        [
            "name": .string(registration.fullName),
            "trn": .string(registration.trn),
            "inductionStart": .string(registration.inductionStart.ukLong),
            "inductionStartISO": .string(registration.inductionStart.iso),
            "workingPattern": .string(registration.fte.label),
        ]
    }

    /// "Amelia Hartley has been registered…", read back from the pending registration the query names.
    static func banner(_ context: RequestContext, _ pending: [PendingECTRegistration]) -> String? {
        guard let text = context.request.queryValue("registered"), text.count <= 18, let id = Int(text),
              let registration = pending.first(where: { $0.id == id }) else { return nil }
        return "\(registration.fullName) has been registered. The appropriate body will confirm the registration."
    }
}
