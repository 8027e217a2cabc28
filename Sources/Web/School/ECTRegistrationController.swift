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
        let outcome = try RegisterECT(store: services.store).register(registration, schoolID: schoolID, author: context.author)
        switch outcome {
        case .registered(let periodID, _, _):
            return .redirect(to: "/schools/\(schoolID)?registered=\(periodID)")
        case .refused(let refusal):
            return try rejected(context, form, refusal)
        }
    }

    /// 422 with every typed value kept; audited like other rejected forms (field names only, never values).
    private func rejected(_ context: RequestContext, _ form: ECTRegistrationForm, _ errors: [String: String]) throws -> HTTPResponse {
        services.audit(AuditEvent(author: context.author, action: .formRejected, recordType: "ect_registration",
                                  detail: "fields: " + ECTRegistrationForm.fieldNames.filter { errors[$0] != nil }.joined(separator: ", ")))
        return try render(context, ECTRegistrationFormView(form: form, errors: errors), status: 422)
    }

    private func render(_ context: RequestContext, _ view: ECTRegistrationFormView, status: Int) throws -> HTTPResponse {
        let schoolID = try context.id("schoolID")
        guard let choices = try services.reader.ectRegistrationFormChoices(schoolID: schoolID) else { throw HTTPError.notFound }
        var view = view
        view.tutors = choices.tutors
        view.mentors = choices.mentors
        var values = view.values
        values["schoolName"] = .string(choices.school.name)
        values["schoolHref"] = .string("/schools/\(schoolID)")
        values["action"] = .string("/schools/\(schoolID)/ects/new")
        return try pages.render("pages/ect_register", title: "Register an early career teacher", context: context, status: status,
                                values: values)
    }
}
