import HTTP
import Induction
import Templates

/// GET and POST /ects/:ectID/decision: the appropriate body's end-of-induction decision with every
/// statutory clock (issue 10 item 3); GET /ab/decisions lists the decisions still to make.
struct DecisionController: Sendable {
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let requested = context.request.queryValue("page")
        let page = try services.reader.decisionsDue(today: services.time.today) { AdminPaging(requested: requested, total: $0).window }
        let due = page.items
        return try pages.render("pages/ab_decisions", title: "Decisions due", context: context, values: [
            "pagination": AdminPaging(requested: requested, total: page.total)
                .values(path: "/ab/decisions", filters: [], nouns: ("decision", "decisions")),
            "decisions": .list(due.map { status in
                ["ectName": .string(status.ectName), "trn": .string(status.trn), "school": .string(status.schoolName),
                 "href": .string("/ects/\(status.ectID)/decision"), "recommendation": .string(status.recommendationLabel),
                 "due": TemplateValue(status.clock(.decision)?.dueOn.ukLong), "late": .bool(status.isLate)]
            }),
            "hasDecisions": .bool(!due.isEmpty),
        ])
    }

    func show(_ context: RequestContext) throws -> HTTPResponse {
        try render(context, values: [:], errors: [:], status: 200)
    }

    func record(_ context: RequestContext) throws -> HTTPResponse {
        let ectID = try context.id("ectID")
        let form = InductionOutcomeForm(values: RecordFormParts.typed(context, InductionOutcomeForm.inputNames))
        var errors: [String: String]
        switch form.validate() {
        case .success(let entry):
            do {
                _ = try RecordInductionOutcome(store: services.store).record(entry, ectID: ectID, author: context.author)
                return .redirect(to: "/ects/\(ectID)/decision?saved=1")
            } catch let refusal as DecisionRefusal {
                errors = ["outcome": refusal.message]
            }
        case .failure(let failure):
            errors = failure.messages
        }
        RecordFormParts.auditRejected(context, services: services, form: "outcome_form", ectID: ectID, errors: errors)
        return try render(context, values: form.values, errors: errors, status: 422)
    }

    func render(_ context: RequestContext, values: [String: String], errors: [String: String], status: Int) throws -> HTTPResponse {
        let ectID = try context.id("ectID")
        guard let decision = try services.reader.decision(ectID: ectID, today: services.time.today) else {
            throw HTTPError(status: 404, title: "No decision to make yet",
                            message: "This ECT has no final formal assessment with the headteacher's recommendation yet.")
        }
        var page = DecisionView(status: decision, typed: values, errors: errors).values
        let saved = context.request.queryValue("saved")
        page["saved"] = .bool(saved == "1")
        page["savedRepresentations"] = .bool(saved == "representations")
        page["savedNotices"] = .bool(saved == "notices")
        page["action"] = .string("/ects/\(ectID)/decision")
        return try pages.render("pages/ect_decision", title: "Decision for \(decision.ectName)", context: context, status: status, values: page)
    }

    /// GET /ects/:ectID/decision/letter?to=ect|headteacher: the printable letter.
    func letter(_ context: RequestContext) throws -> HTTPResponse {
        let ectID = try context.id("ectID")
        guard let letter = try services.reader.decisionLetter(ectID: ectID, today: services.time.today) else { throw HTTPError.notFound }
        let toHead = context.request.queryValue("to") == "headteacher"
        let status = letter.status
        return try pages.render("pages/ect_decision_letter", title: "Decision letter for \(status.ectName)", context: context, values: [
            "bodyName": .string(letter.appropriateBodyName),
            "contact": .string(letter.contactName.isEmpty ? "" : "\(letter.contactName), \(letter.contactEmail)"),
            "date": .string(letter.decision.decidedOn.ukLong),
            "to": .string(toHead ? (letter.headteachers.isEmpty ? "The headteacher" : letter.headteachers.joined(separator: " and "))
                                 + ", \(status.schoolName)" : status.ectName),
            "dear": .string(toHead ? (letter.headteachers.first.map { "Dear \($0)" } ?? "Dear headteacher") : "Dear \(status.ectName)"),
            "subject": .string(toHead ? "\(status.ectName) (TRN \(status.trn)): the outcome of induction" : "The outcome of your induction"),
            "who": .string(toHead ? "\(status.ectName) (TRN \(status.trn))" : "you (TRN \(status.trn))"),
            "outcome": .string(letter.outcomeSentence),
            "canAppeal": .bool(letter.decision.outcome != .pass),
            "appealBy": TemplateValue(letter.appealBy?.ukLong),
            "backHref": .string("/ects/\(ectID)/decision"),
        ])
    }
}
