import Induction
import Templates

/// The decision page's values: the recommendation, each clock with its due date and whether it is
/// late, the decision once made, and the form while it is not.
struct DecisionView {
    let status: DecisionStatus
    /// The form as typed, when it comes back with errors.
    let typed: [String: String]
    let errors: [String: String]

    var values: TemplateFields {
        var page: TemplateFields = [
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
                 "terms": TemplateValue(decision.extensionTerms?.oneDecimal), "told": TemplateValue(decision.ectToldInWritingOn?.ukLong),
                 "noticesSent": TemplateValue(decision.noticesSentOn?.ukLong),
                 "agencyTold": TemplateValue(decision.teachingRegulationAgencyToldOn?.ukLong),
                 "agencyToBeTold": .bool(decision.outcome.isAppealable)]
            } ?? .null,
            "representations": .list(status.representations.map { representation in
                ["receivedOn": .string(representation.receivedOn.ukLong), "summary": .string(representation.summary)]
            }),
            "hasRepresentations": .bool(!status.representations.isEmpty),
            "summary": .string(typed["summary"] ?? ""), "summaryError": TemplateValue(errors["summary"]),
            "receivedDate": RecordFormParts.dateInput(RepresentationsForm.received, legend: "Date the representations were received",
                                                      example: "8 7 2027", values: typed, errors: errors),
            "sentDate": RecordFormParts.dateInput(NoticesForm.sent, legend: "Date the notices were sent", example: "15 7 2027",
                                                  values: typed, errors: errors),
            "agencyDate": RecordFormParts.dateInput(NoticesForm.agencyTold, legend: "Date the Teaching Regulation Agency was told",
                                                    example: "15 7 2027", values: typed, errors: errors),
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
                                                 ("told", "told-day"), ("received", "received-day"), ("summary", "summary"),
                                                 ("sent", "sent-day"), ("tra", "tra-day")]).templateValues) { _, new in new }
        return page
    }
}
