import HTTP
import Induction
import Templates

/// A school registers an ECT on one page; the registration then waits for the appropriate body.
struct ECTRegistrationController: Sendable {
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        try render(context, ECTRegistrationFormView(form: ECTRegistrationForm(), errors: [:]), status: 200)
    }

    func submit(_ context: RequestContext) throws -> HTTPResponse {
        let schoolID = try context.id("schoolID")
        let form = ECTRegistrationFormView.form(from: context.form)
        let registration: ECTRegistration
        switch form.validate(today: services.time.today) {
        case .success(let valid): registration = valid
        case .failure(let errors): return try rejected(context, form, errors.messages)
        }
        let user = context.principal!.user
        let outcome = try RegisterECT(database: services.store.database, time: services.time)
            .register(registration, schoolID: schoolID, actorName: user.name, actorUserID: user.id, clientAddress: context.clientAddress)
        switch outcome {
        case .registered(let periodID, _, _):
            return .redirect(to: "/schools/\(schoolID)?registered=\(periodID)")
        case .refused(let refusal):
            return try rejected(context, form, refusal)
        }
    }

    /// 422 with every typed value kept; audited like other rejected forms (field names only, never values).
    private func rejected(_ context: RequestContext, _ form: ECTRegistrationForm, _ errors: [String: String]) throws -> HTTPResponse {
        let user = context.principal!.user
        services.audit(AuditEvent(actor: user.name, actorUserID: user.id, action: .formRejected, recordType: "ect_registration",
                                  detail: "fields: " + ECTRegistrationForm.fieldNames.filter { errors[$0] != nil }.joined(separator: ", "),
                                  clientAddress: context.clientAddress))
        return try render(context, ECTRegistrationFormView(form: form, errors: errors), status: 422)
    }

    private func render(_ context: RequestContext, _ view: ECTRegistrationFormView, status: Int) throws -> HTTPResponse {
        let schoolID = try context.id("schoolID")
        let found = try services.store.database.read { c -> (School, [AssignedPerson], [AssignedPerson])? in
            guard let school = try InductionDirectory().roster(schoolID: schoolID, c)?.school else { return nil }
            return (school, try StaffAssignments().eligible(.tutor, schoolID: schoolID, c),
                    try StaffAssignments().eligible(.mentor, schoolID: schoolID, c))
        }
        guard let (school, tutors, mentors) = found else { throw HTTPError.notFound }
        var view = view
        view.tutors = tutors
        view.mentors = mentors
        var values = view.values
        values["schoolName"] = .string(school.name)
        values["schoolHref"] = .string("/schools/\(schoolID)")
        values["action"] = .string("/schools/\(schoolID)/ects/new")
        return try pages.render("pages/ect_register", title: "Register an early career teacher", context: context, status: status,
                                values: values)
    }
}
