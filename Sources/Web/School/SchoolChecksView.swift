import Induction
import Templates

/// The school page's contacts and programme checks (issue 10 items 7 and 9), for the appropriate
/// body, and the checks also for the school's headteacher and induction lead.
struct SchoolChecksView {
    let home: SchoolHomePage
    let principal: Principal?
    let today: CalendarDate
    let saved: Bool

    var values: TemplateFields {
        let role = principal?.active.role
        let isBodyStaff = role?.isAppropriateBodyStaff ?? false
        let checks = home.programmeChecks
        let contacts = home.staff.flatMap { member in
            member.roles.filter { [.headteacher, .inductionLead].contains($0.role) }.map { (member, $0.role) }
        }.sorted { ($0.1 == .headteacher ? 0 : 1, $0.0.name) < ($1.1 == .headteacher ? 0 : 1, $1.0.name) }
        return [
            "showContacts": .bool(isBodyStaff),
            // The AB chases a school's overdue reports from here (issue 11 item 7).
            "canChase": .bool(isBodyStaff && home.reportsToActOn.contains { $0.dueDate < today }),
            "chaseAction": .string("/ab/schools/\(checks.schoolID)/chase"),
            "hasContacts": .bool(!contacts.isEmpty),
            "contacts": .list(contacts.map { member, role in
                ["role": .string(role.title), "name": .string(member.name), "email": .string(member.email)]
            }),
            "showChecks": .bool(isBodyStaff || [.headteacher, .inductionLead].contains(role)),
            "schoolLedECTs": .int(checks.schoolLedECTs),
            "checkDue": .bool(checks.schoolLedECTs > 0 && checks.check(for: AcademicYear(containing: today)) == nil),
            "canRecordCheck": .bool(AccessPolicy.allows(principal, .recordProgrammeCheck, .appropriateBody)),
            "checkHref": .string("/schools/\(checks.schoolID)/programme-check"),
            "checks": .list(checks.checks.map(ProgrammeCheckView.row)),
            "hasChecks": .bool(!checks.checks.isEmpty),
            "checkedBanner": .bool(saved),
        ]
    }
}
