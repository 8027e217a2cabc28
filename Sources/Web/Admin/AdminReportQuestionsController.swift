import HTTP
import Induction
import Templates

/// The appropriate body's own questions on each kind of report (issue 9 item 3): add, retire (never
/// delete: reports keep the questions they were started with) and reorder. AB admins only.
struct AdminReportQuestionsController: Sendable {
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let values = AdminReportQuestionsView.list(try services.reader.reportQuestions(), notice: Self.notice(context))
        return try pages.render("pages/admin/report_questions", title: "Report questions", context: context, values: values)
    }

    func new(_ context: RequestContext) throws -> HTTPResponse {
        try render(context, ReportQuestionForm(values: [:]), errors: [:], status: 200)
    }

    func create(_ context: RequestContext) throws -> HTTPResponse {
        let form = ReportQuestionForm(values: Dictionary(uniqueKeysWithValues: ReportQuestionForm.fieldNames.map { ($0, context.form[$0]) }))
        switch form.validate() {
        case .success(let draft):
            try AddReportQuestion(store: services.store).add(draft, author: context.author)
            return .redirect(to: "/admin/report-questions?added=1")
        case .failure(let errors):
            return try render(context, form, errors: errors.messages, status: 422)
        }
    }

    func retire(_ context: RequestContext) throws -> HTTPResponse {
        let id = try Self.questionID(context)
        do {
            try RetireReportQuestion(store: services.store).retire(questionID: id, author: context.author)
        } catch ReportQuestionError.notFound {
            throw HTTPError.notFound
        }
        return .redirect(to: "/admin/report-questions?retired=1")
    }

    func move(_ context: RequestContext) throws -> HTTPResponse {
        let id = try Self.questionID(context)
        guard let direction = ReportQuestionDirection(rawValue: context.form["direction"]) else {
            throw HTTPError(status: 400, title: "Bad request", message: "Choose whether to move the question up or down.")
        }
        do {
            try MoveReportQuestion(store: services.store).move(questionID: id, direction, author: context.author)
        } catch ReportQuestionError.notFound {
            throw HTTPError.notFound
        }
        return .redirect(to: "/admin/report-questions?moved=1")
    }

    private func render(_ context: RequestContext, _ form: ReportQuestionForm, errors: [String: String], status: Int) throws -> HTTPResponse {
        try pages.render("pages/admin/report_question_new", title: "Add a report question", context: context, status: status,
                         values: AdminReportQuestionsView.form(form, errors: errors))
    }

    /// The `:questionID` segment: digits only, else 404.
    static func questionID(_ context: RequestContext) throws -> Int {
        guard let text = context.parameters["questionID"], (1...18).contains(text.count),
              text.allSatisfy({ $0.isASCII && $0.isNumber }), let id = Int(text) else { throw HTTPError.notFound }
        return id
    }

    static func notice(_ context: RequestContext) -> String? {
        for (key, text) in [("added", "The question has been added."), ("retired", "The question has been retired."),
                            ("moved", "The question has been moved.")] where context.request.queryValue(key) != nil {
            return text
        }
        return nil
    }
}
