import Induction
import Templates

/// The decision page's values: the recommendation, each clock with its due date and whether it is
/// late, the decision once made, and the form while it is not.
struct DecisionView {
    let status: DecisionStatus
    /// The form as typed, when it comes back with errors.
    let typed: [String: String]
    let errors: [String: String]

    var values: [String: TemplateValue] {
        var page: [String: TemplateValue] = [
            "ectName": .string(status.ectName), "trn": .string(status.trn), "schoolName": .string(status.schoolName),
            "recordHref": .string("/ects/\(status.ectID)"), "reportHref": .string("/reports/\(status.finalReportID)"),
            "recommendation": .string(status.recommendationLabel), "completedOn": .string(status.completedOn.ukLong),
            "receivedOn": .string(status.recommendationReceivedOn.ukLong),
            "clocks": .list(status.clocks.map { clock in
                ["label": .string(clock.kind.label), "starts": .string(clock.startsOn.ukLong), "due": .string(clock.dueOn.ukLong),
                 "met": TemplateValue(clock.metOn?.ukLong), "late": .bool(clock.isLate(today: status.today))]
            }),
            "decision": status.decision.map { decision in
                ["outcome": .string(decision.outcome.label), "decidedOn": .string(decision.decidedOn.ukLong),
                 "terms": TemplateValue(decision.extensionTerms?.oneDecimal), "told": TemplateValue(decision.ectToldInWritingOn?.ukLong)]
            } ?? .null,
            "outcomes": RecordFormParts.radios([("pass", "Pass"), ("fail", "Fail"), ("extension", "Extension")],
                                               selected: typed["outcome"] ?? ""),
            "outcomeError": TemplateValue(errors["outcome"]),
            "terms": .string(typed["terms"] ?? ""), "termsError": TemplateValue(errors["terms"]),
            "decidedDate": RecordFormParts.dateInput(InductionOutcomeForm.decided, legend: "Date of the decision", example: "12 7 2027",
                                                     values: typed, errors: errors),
            "toldDate": RecordFormParts.dateInput(InductionOutcomeForm.told, legend: "Date the ECT was told in writing (a fail)",
                                                  example: "14 7 2027", values: typed, errors: errors),
        ]
        page.merge(ErrorSummary(errors, order: [("outcome", "outcome-pass"), ("terms", "terms"), ("decided", "decided-day"),
                                                 ("told", "told-day")]).templateValues) { _, new in new }
        return page
    }
}
