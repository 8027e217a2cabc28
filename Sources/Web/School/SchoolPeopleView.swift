import HTTP
import Induction
import Templates

/// The school page's "People" section, the AB admin's status and phase forms, and the banners that
/// follow a change. Banners read back only what the query names and this school's own records show.
struct SchoolPeopleView {
    let schoolID: Int
    let listing: SchoolListing
    let staff: [StaffMember]
    let principal: Principal?

    var isSuspended: Bool { listing.status == .suspended }

    var templateValues: TemplateFields {
        let canManageStaff = AccessPolicy.allows(principal, .manageSchoolStaff, .school(id: schoolID))
        let canManageSchool = AccessPolicy.allows(principal, .manageSchools, .appropriateBody)
        return [
            "people": .list(staff.map { person(canManageStaff: canManageStaff, $0) }),
            "hasPeople": .bool(!staff.isEmpty),
            "canManageStaff": .bool(canManageStaff),
            "addStaffHref": .string("/schools/\(schoolID)/staff/new"),
            "isSuspended": .bool(listing.status == .suspended),
            "statusLabel": .string(listing.status.label),
            "statusTagClass": .string(SchoolsController.tagClass(listing.status)),
            "phaseLabel": .string(listing.phase.label),
            "canManageSchool": .bool(canManageSchool),
            "statusAction": .string("/ab/schools/\(schoolID)/status"),
            "phaseAction": .string("/ab/schools/\(schoolID)/phase"),
            "phases": .list(SchoolPhase.allCases.map { phase in
                ["value": .string(phase.rawValue), "label": .string(phase.label), "selected": .bool(phase == listing.phase)]
            }),
        ]
    }

    private func person(canManageStaff: Bool, _ member: StaffMember) -> TemplateValue {
        [
            "name": .string(member.name),
            "email": .string(member.email),
            "roles": .list(member.roles.map { holding in
                [
                    "label": .string(holding.role.title),
                    "isMentor": .bool(holding.role == .mentor),
                    "removeHref": .string(canManageStaff ? "/schools/\(schoolID)/staff/\(holding.grantID)/remove" : ""),
                    "removeLabel": .string("Remove \(holding.role.title.lowercased()) role from \(member.name)"),
                ]
            }),
        ]
    }

    /// "Invitation sent to …", "… now also holds …", "… role removed", or the AB's change.
    func banner(_ request: HTTPRequest) -> String? {
        if let text = request.queryValue("invited") ?? request.queryValue("granted"), text.count <= 18, let grantID = Int(text),
           let (member, holding) = holding(grantID) {
            let kept = request.queryValue("name-kept") == "1"
                ? " This email belongs to an existing account named \(member.name); the account's name is kept." : ""
            return (request.queryValue("invited") != nil
                ? "Invitation sent to \(member.name) at \(member.email) to join as \(holding.role.title.lowercased()). The link works for 7 days."
                : "\(member.name) now also holds the role of \(holding.role.title.lowercased()) at this school. We have emailed them to tell them.")
                + kept
        }
        if let text = request.queryValue("removed"), let role = Role(rawValue: text), StaffMember.schoolRoles.contains(role) {
            return "The \(role.title.lowercased()) role has been removed. Anyone signed in with it has been signed out."
        }
        switch request.queryValue("school-updated") {
        case "status": return listing.status == .suspended ? "This school's account has been suspended." : "This school's account is authorised."
        case "phase": return "Phase saved: \(listing.phase.label)."
        case "chased": return "The school's induction leads and headteachers have been emailed a list of its overdue reports."
        case "nothing-overdue": return "This school has no overdue reports to chase."
        case "nobody-to-chase": return "This school has no induction lead or headteacher to chase."
        default: return nil
        }
    }

    private func holding(_ grantID: Int) -> (StaffMember, StaffMember.Holding)? {
        for member in staff {
            if let holding = member.roles.first(where: { $0.grantID == grantID }) { return (member, holding) }
        }
        return nil
    }
}
