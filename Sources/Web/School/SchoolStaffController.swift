import HTTP
import Induction
import Templates

/// Headteachers and induction leads add school roles (an invitation goes to anyone new) and remove
/// them. A role held at another school is a 404 here, whatever its id.
struct SchoolStaffController: Sendable {
    static let fields = [FormField(name: "name", label: "Full name", autocomplete: "off"), FormField.email("email", label: "Email address")]
    /// SG 2.45, 2.55: the mentor's role is developmental support only.
    static let mentorHint = "Mentors support the ECT; they never assess (statutory guidance 2.45)."

    let services: Services
    let pages: PageRenderer

    func new(_ context: RequestContext) throws -> HTTPResponse {
        let schoolID = try context.id("schoolID")
        return try renderForm(context, schoolID: schoolID, FormView(fields: Self.fields), role: "", roleError: nil, status: 200)
    }

    func create(_ context: RequestContext) throws -> HTTPResponse {
        let schoolID = try context.id("schoolID")
        let form = context.form
        let invitation = InvitationForm(name: form["name"], email: form["email"]).validate()
        var errors = invitation.messages
        let role = Role(rawValue: form["role"]).flatMap { StaffMember.schoolRoles.contains($0) ? $0 : nil }
        if role == nil { errors["role"] = "Select their role" }
        if errors.isEmpty, let invitee = invitation.value, let role {
            do {
                let result = try services.grantRole.grant(role, to: invitee, schoolID: schoolID, author: context.author)
                let kind = result.link == nil ? "granted" : "invited"
                // Issue 7 item 13: an existing account keeps its own name, and the banner says so.
                let kept = result.keptAccountName == nil ? "" : "&name-kept=1"
                return .redirect(to: "/schools/\(schoolID)?\(kind)=\(result.grantID)\(kept)#people")
            } catch let error as RoleGrantError {
                switch error {
                case .invalidName: errors["name"] = error.message
                case .invalidEmail: errors["email"] = error.message
                default: errors["role"] = error.message
                }
            }
        }
        return try renderForm(context, schoolID: schoolID, FormView(fields: Self.fields, form: form, errors: errors),
                              role: form["role"], roleError: errors["role"], status: 422)
    }

    func confirmRemove(_ context: RequestContext) throws -> HTTPResponse {
        let (schoolID, grantID) = (try context.id("schoolID"), try context.id("grantID"))
        guard let removal = try services.reader.schoolRoleRemoval(grantID: grantID, schoolID: schoolID,
                                                                  actorUserID: context.principal!.user.id) else { throw HTTPError.notFound }
        return try renderRemove(context, schoolID: schoolID, grantID: grantID, holder: removal.holder, role: removal.role,
                                refusal: removal.refusal, status: 200)
    }

    func remove(_ context: RequestContext) throws -> HTTPResponse {
        let (schoolID, grantID) = (try context.id("schoolID"), try context.id("grantID"))
        let holder = try services.reader.schoolRoleRemoval(grantID: grantID, schoolID: schoolID, actorUserID: context.principal!.user.id)
        switch try RemoveSchoolRole(store: services.store).remove(grantID: grantID, schoolID: schoolID, author: context.author) {
        case .removed(let role):
            return .redirect(to: "/schools/\(schoolID)?removed=\(role.rawValue)#people")
        case .notFound:
            throw HTTPError.notFound
        case .refused(let message):
            guard let holder else { throw HTTPError.notFound }
            return try renderRemove(context, schoolID: schoolID, grantID: grantID, holder: holder.holder, role: holder.role,
                                    refusal: message, status: 422)
        }
    }

    private func schoolName(_ schoolID: Int) throws -> String {
        guard let name = try services.reader.schoolName(id: schoolID) else { throw HTTPError.notFound }
        return name
    }

    private func renderForm(_ context: RequestContext, schoolID: Int, _ form: FormView, role: String, roleError: String?,
                            status: Int) throws -> HTTPResponse {
        var values = form.templateValues
        var summary = form.summary
        if let roleError { summary.append(field: "role-\(StaffMember.schoolRoles[0].rawValue)", message: roleError) }
        values.merge(summary.templateValues) { _, new in new }
        values["roleError"] = TemplateValue(roleError)
        values["roles"] = .list(StaffMember.schoolRoles.map { option in
            ["id": .string("role-\(option.rawValue)"), "value": .string(option.rawValue), "label": .string(option.title),
             "checked": .bool(option.rawValue == role), "hint": .string(option == .mentor ? Self.mentorHint : "")]
        })
        values["schoolName"] = .string(try schoolName(schoolID))
        values["action"] = .string("/schools/\(schoolID)/staff/new")
        values["backHref"] = .string("/schools/\(schoolID)#people")
        return try pages.render("pages/school_staff_new", title: "Add a member of staff", context: context, status: status, values: values)
    }

    private func renderRemove(_ context: RequestContext, schoolID: Int, grantID: Int, holder: String, role: Role, refusal: String?,
                              status: Int) throws -> HTTPResponse {
        try pages.render("pages/school_staff_remove", title: "Remove a role", context: context, status: status, values: [
            "schoolName": .string(try schoolName(schoolID)),
            "holder": .string(holder),
            "role": .string(role.title.lowercased()),
            "refusal": TemplateValue(refusal),
            "action": .string("/schools/\(schoolID)/staff/\(grantID)/remove"),
            "backHref": .string("/schools/\(schoolID)#people"),
        ])
    }
}
