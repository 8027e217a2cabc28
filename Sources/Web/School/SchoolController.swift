import HTTP
import Induction
import Templates

/// A school's home: its ECTs, for everyone at the school in the role they are acting in.
struct SchoolController: Sendable {
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let schoolID = try context.id("schoolID")
        guard let home = try services.reader.schoolHome(schoolID: schoolID, today: services.time.today) else { throw HTTPError.notFound }
        var roster = home.roster
        let (pending, left) = (home.pendingRegistrations, home.left)
        let people = SchoolPeopleView(schoolID: schoolID, listing: home.listing, staff: home.staff, principal: context.principal)
        // Current ECTs only in the main list; those who have left are listed apart.
        roster.ects.removeAll { ect in left.contains { $0.ectID == ect.id } }
        let role = context.principal?.active.role
        let isStaffHere = context.principal?.active.schoolID == schoolID
        let readsAllReports = role != .schoolAdmin && role != .mentor
        let heading = isStaffHere ? "\(role?.title ?? "School") home" : roster.school.name
        var values = people.templateValues
        values["peopleBanner"] = TemplateValue(people.banner(context.request))
        return try pages.render("pages/school_home", title: "\(roster.school.name)", context: context, values: values.merging([
            "heading": .string(heading),
            "schoolName": .string(roster.school.name),
            "urn": .string(roster.school.urn),
            "canOpenRecords": .bool(role != .schoolAdmin),
            "canRegisterECT": .bool(AccessPolicy.allows(context.principal, .registerECT, .school(id: schoolID)) && !people.isSuspended),
            "registerHref": .string("/schools/\(schoolID)/ects/new"),
            "importHref": .string("/schools/\(schoolID)/ects/import"),
            "pendingRegistrations": .list(pending.map(Self.pending)),
            "canWithdrawRegistrations": .bool(AccessPolicy.allows(context.principal, .registerECT, .school(id: schoolID))),
            "hasPendingRegistrations": .bool(!pending.isEmpty),
            "registeredBanner": TemplateValue(Self.banner(context, pending)),
            "hasLeftECTs": .bool(!left.isEmpty),
            // School administrators never read reports (domain.md), and a mentor reads only their mentees'
            // (SG 2.45), listed in their tasks: neither gets the school's list.
            "reportsToActOn": .list(readsAllReports ? home.reportsToActOn.map(AppropriateBodyReportsController.row) : []),
            "hasReportsToActOn": .bool(readsAllReports && !home.reportsToActOn.isEmpty),
            "leftECTs": .list(left.map { Self.left($0, principal: context.principal, schoolID: schoolID) }),
        ]) { $1 }.merging(SchoolHomeECTs(roster: roster, principal: context.principal).values) { $1 }
            .merging(try tasks(context, schoolID: schoolID)) { $1 }
            .merging(SchoolChecksView(home: home, principal: context.principal, today: services.time.today,
                                      saved: context.request.queryValue("checked") == "1").values) { $1 })
    }

    /// Issue 11 item 1: the person's task list here; a school administrator's is registration only.
    private func tasks(_ context: RequestContext, schoolID: Int) throws -> TemplateFields {
        let today = services.time.today
        guard let principal = context.principal, principal.active.schoolID == schoolID else {
            var values = SchoolTasksView(tasks: SchoolTaskList(), today: today, canStart: false).values
            values["governorsReportHref"] = TemplateValue(AccessPolicy.allows(context.principal, .viewGovernorsReport, .school(id: schoolID))
                ? "/schools/\(schoolID)/governors-report" : nil)
            return values
        }
        let tasks = try services.reader.schoolTasks(schoolID: schoolID, userID: principal.user.id, role: principal.active.role, today: today)
        var values = SchoolTasksView(tasks: tasks, today: today,
                                     canStart: AccessPolicy.allows(principal, .writeReport, .ect(id: 0, schoolID: schoolID))).values
        if principal.active.role == .schoolAdmin { values["hasStaffTasks"] = .bool(false) }
        if AccessPolicy.allows(principal, .viewGovernorsReport, .school(id: schoolID)) {
            values["governorsReportHref"] = .string("/schools/\(schoolID)/governors-report")
        }
        return values
    }

    /// A row of "Left this school", linked only for those who may open it.
    static func left(_ ect: LeftECT, principal: Principal?, schoolID: Int) -> TemplateValue {
        let scope: Scope = ect.currentSchoolID == schoolID ? .ect(id: ect.ectID, schoolID: schoolID)
            : .formerSchoolECT(id: ect.ectID, schoolID: schoolID)
        let canOpen = AccessPolicy.allows(principal, .viewECTRecord, scope)
        return [
            "name": .string(ect.fullName), "trn": .string(ect.trn),
            "href": TemplateValue(canOpen ? "/ects/\(ect.ectID)" : nil),
            "leftOn": .string(ect.leftOn.ukLong), "leftOnISO": .string(ect.leftOn.iso),
            "nextSchool": .string(ect.nextSchool.isEmpty ? "Not recorded" : ect.nextSchool),
        ]
    }

    static func pending(_ registration: PendingECTRegistration) -> TemplateValue {
        [
            "name": .string(registration.fullName),
            "trn": .string(registration.trn),
            "inductionStart": .string(registration.inductionStart.ukLong),
            "inductionStartISO": .string(registration.inductionStart.iso),
            "workingPattern": .string(registration.fte.label),
            "withdrawHref": .string(ECTRegistrationController.withdrawHref(registration)),
        ]
    }

    /// "Amelia Hartley has been registered…", read back from the pending registration the query names.
    static func banner(_ context: RequestContext, _ pending: [PendingECTRegistration]) -> String? {
        if let text = context.request.queryValue("withdrawn"), text.count <= 18, Int(text) != nil {
            return "The registration has been withdrawn. The appropriate body will not be asked to confirm it, and the TRN can be registered again."
        }
        guard let text = context.request.queryValue("registered"), text.count <= 18, let id = Int(text),
              let registration = pending.first(where: { $0.id == id }) else { return nil }
        return "\(registration.fullName) has been registered. The appropriate body will confirm the registration."
    }
}
