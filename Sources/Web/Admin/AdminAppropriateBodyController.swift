import HTTP
import Induction
import Templates

/// The appropriate body's details: its name, the named contact for ECTs who is not involved in
/// their assessment (SG 2.28, 2.64) and its fees (SG 2.26). AB admins only.
struct AdminAppropriateBodyController: Sendable {
    static let fields = [
        FormField(name: "name", label: "Appropriate body name", autocomplete: "organization"),
        FormField(name: "contactName", label: "Contact’s full name", autocomplete: "off",
                  hint: "Someone ECTs can go to with a concern about their induction, who is not involved in assessing them."),
        FormField.email("contactEmail", label: "Contact’s email address"),
        FormField(name: "contactPhone", label: "Contact’s phone number (optional)", type: "tel", autocomplete: "off", width: "20"),
        fee("progressReviewFee", label: "Progress review"),
        fee("formalAssessmentFee", label: "Formal assessment"),
        fee("interimAssessmentFee", label: "Interim assessment"),
        fee("annualFeePerECT", label: "Annual fee for each ECT"),
    ]
    let services: Services
    let pages: PageRenderer

    static func fee(_ name: String, label: String) -> FormField {
        FormField(name: name, label: label, autocomplete: "off", hint: "In pounds, for example 50 or 50.00. Enter 0 if you do not charge it.",
                  width: "10")
    }

    func show(_ context: RequestContext) throws -> HTTPResponse {
        guard let profile = try services.reader.appropriateBodyProfile() else { throw HTTPError.notFound }
        let form = FormView(fields: Self.fields, values: AppropriateBodyProfileForm(profile).values)
        return try render(context, form, saved: context.request.queryValue("saved") != nil, status: 200)
    }

    func save(_ context: RequestContext) throws -> HTTPResponse {
        let typed = Dictionary(uniqueKeysWithValues: AppropriateBodyProfileForm.fieldNames.map { ($0, context.form[$0]) })
        guard let current = try services.reader.appropriateBodyProfile() else { throw HTTPError.notFound }
        switch AppropriateBodyProfileForm(values: typed).validate(id: current.id) {
        case .success(let profile):
            do {
                try SaveAppropriateBodyProfile(store: services.store).save(profile, author: context.author)
            } catch AppropriateBodyProfileError.notFound {
                throw HTTPError.notFound
            }
            return .redirect(to: "/admin/appropriate-body?saved=1")
        case .failure(let errors):
            return try render(context, FormView(fields: Self.fields, form: context.form, errors: errors.messages), saved: false, status: 422)
        }
    }

    private func render(_ context: RequestContext, _ form: FormView, saved: Bool, status: Int) throws -> HTTPResponse {
        var values = form.templateValues
        values["saved"] = .bool(saved)
        return try pages.render("pages/admin/appropriate_body", title: "Appropriate body details", context: context,
                                status: status, values: values)
    }
}
