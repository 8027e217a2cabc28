import HTTP
import Induction
import Templates

/// GET and POST /ects/:ectID/adjustments/new: the appropriate body extends induction (SG 3.8–3.10)
/// or reduces it with the ECT's consent (SG 3.2–3.5).
struct AdjustmentController: Sendable {
    let services: Services
    let pages: PageRenderer

    func new(_ context: RequestContext) throws -> HTTPResponse {
        try render(context, record: try RecordFormParts.record(context, services: services), values: [:], errors: [:], status: 200)
    }

    func create(_ context: RequestContext) throws -> HTTPResponse {
        let record = try RecordFormParts.record(context, services: services)
        let form = AdjustmentForm(values: RecordFormParts.typed(context, AdjustmentForm.inputNames))
        let outcome = form.validate(carriedOver: record.termsServedElsewhere, servedToDate: record.termsServed(asOf: services.time.today))
        return try RecordFormParts.submit(outcome, form: "adjustment_form", record: record, context: context, services: services) {
            try RecordAdjustment(store: services.store).record($0, ectID: record.ect.id, author: context.author)
            return $0.kind.rawValue
        } showAgain: { try render(context, record: record, values: form.values, errors: $0, status: 422) }
    }

    private func render(_ context: RequestContext, record: ECTRecord, values: [String: String], errors: [String: String],
                        status: Int) throws -> HTTPResponse {
        var page = RecordFormParts.common(record)
        page["action"] = .string("/ects/\(record.ect.id)/adjustments/new")
        page["kinds"] = RecordFormParts.radios([("extension", "Extension: add terms at the end of induction"),
                                                ("reduction", "Reduction: shorten induction for prior experience")],
                                               selected: values["kind"] ?? "")
        page["kindError"] = TemplateValue(errors["kind"])
        for field in ["terms", "reason"] {
            page[field] = .string(values[field] ?? "")
            page[field + "Error"] = TemplateValue(errors[field])
        }
        page["consentChecked"] = .bool(values["consent"] == "yes")
        page["consentError"] = TemplateValue(errors["consent"])
        page.merge(ErrorSummary(errors, order: [("kind", "kind-extension"), ("terms", "terms"), ("reason", "reason"),
                                                ("consent", "consent")]).templateValues) { _, new in new }
        return try pages.render("pages/ect_adjustment", title: "Extend or reduce induction for \(record.ect.fullName)",
                                context: context, status: status, values: page)
    }
}
