import Foundation
import HTTP
import Induction

/// A headteacher or induction lead asks the appropriate body for an account for their school.
struct SchoolRegistrationController: Sendable {
    static let fields = [
        FormField(name: "urn", label: "School URN", hint: "The 6-digit unique reference number from Get Information about Schools", width: "10"),
        FormField(name: "schoolName", label: "School name", autocomplete: "organization"),
        FormField(name: "requesterName", label: "Your full name", autocomplete: "name"),
        FormField(name: "requesterRole", label: "Your role"),
        FormField.email("requesterEmail", label: "Your work email address"),
    ]
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        try FormSession.ensure(context, services: services)
        return try render(context, FormView(fields: Self.fields), status: 200)
    }

    func submit(_ context: RequestContext) throws -> HTTPResponse {
        let form = context.form
        let registration = SchoolRegistrationForm(urn: form["urn"], schoolName: form["schoolName"], requesterName: form["requesterName"],
                                                  requesterRole: form["requesterRole"], requesterEmail: form["requesterEmail"])
        switch try SubmitSchoolRegistration(store: services.store).submit(registration, author: context.author) {
        case .submitted:
            return try pages.render("pages/register_school_sent", title: "Request sent", context: context,
                                    values: ["schoolName": .string(registration.schoolName.trimmingCharacters(in: .whitespaces))])
        case .invalid(let errors):
            return try render(context, FormView(fields: Self.fields, form: form, errors: errors), status: 422)
        }
    }

    private func render(_ context: RequestContext, _ form: FormView, status: Int) throws -> HTTPResponse {
        var values = form.templateValues
        let chosen = form.values["requesterRole"] ?? ""
        values["roles"] = .list([Role.headteacher, Role.inductionLead].map { role in
            ["value": .string(role.rawValue), "label": .string(role.title), "checked": .bool(chosen == role.rawValue)]
        })
        return try pages.render("pages/register_school", title: "Register your school", context: context, status: status, values: values)
    }
}
