import Foundation
import HTTP
import Induction
import Templates

/// A report's page and the school's steps on it (issue 9): start, save, share, submit. Every step is
/// a domain verb; a refusal shows the page again, 422, with the reason and whatever was typed.
struct ReportController: Sendable {
    let services: Services
    let pages: PageRenderer

    /// POST /ects/:ectID/reports: starts the report for a due item, or opens the one already started.
    func start(_ context: RequestContext) throws -> HTTPResponse {
        let ectID = try context.id("ectID")
        guard let kind = DueItemKind(rawValue: context.form["kind"]), let term = Int(context.form["term"]) else {
            throw HTTPError(status: 422, title: "That report could not be started", message: "Choose a review or assessment from the record.")
        }
        do {
            let id = try StartReport(store: services.store).start(ectID: ectID, kind: kind, termNumber: term, author: context.author)
            return .redirect(to: "/reports/\(id)")
        } catch let refusal as ReportRefusal {
            throw HTTPError(status: 422, title: "That report could not be started", message: refusal.message)
        }
    }

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let page = try page(context)
        try recordView(context, page)
        return try render(context, page, status: 200)
    }

    func print(_ context: RequestContext) throws -> HTTPResponse {
        let page = try page(context)
        try recordView(context, page)
        let view = ReportPageView(page: page, today: services.time.today)
        return try pages.render("pages/report_print", title: "\(view.page.header.ectName): \(view.title) (print)", context: context, values: view.values)
    }

    func save(_ context: RequestContext) throws -> HTTPResponse {
        let page = try page(context)
        let input = ReportFormInput(context.form, for: page.report.form)
        return try step(context, page, typed: input.typed) {
            try SaveReport(store: services.store).save(reportID: page.report.id, fields: input.fields, basedOn: try version(context),
                                                       author: context.author)
            return "saved"
        }
    }

    func share(_ context: RequestContext) throws -> HTTPResponse {
        try versionedStep(context, done: "shared") { try ShareReport(store: services.store).share(reportID: $0.report.id, author: context.author) }
    }

    func submit(_ context: RequestContext) throws -> HTTPResponse {
        try versionedStep(context, done: "submitted") {
            try SubmitReport(store: services.store).submit(reportID: $0.report.id, author: context.author)
        }
    }

    /// SG 2.79: the ECT's log of who opened their report; everyone's visit is logged, once a day.
    private func recordView(_ context: RequestContext, _ page: ReportPage) throws {
        guard let principal = context.principal else { return }
        try RecordReportView(store: services.store).record(reportID: page.report.id, viewerUserID: principal.user.id,
                                                           role: principal.active.role, schoolID: principal.active.schoolID)
    }

    // MARK: Shared by the report's steps

    func page(_ context: RequestContext) throws -> ReportPage {
        guard let page = try services.reader.reportPage(id: try context.id("reportID"), viewerUserID: context.principal?.user.id,
                                                        sessionToken: context.session.token, today: services.time.today,
                                                        now: services.time.now()) else { throw HTTPError.notFound }
        return page
    }

    /// A step taken from the version the page showed: refused when the report changed since.
    func versionedStep(_ context: RequestContext, done: String, _ body: (ReportPage) throws -> Void) throws -> HTTPResponse {
        let page = try page(context)
        return try step(context, page) {
            try checkVersion(context, page)
            try body(page)
            return done
        }
    }

    /// Runs `body` and goes back to the report with `?done=<what body returns>`; a refusal or a form
    /// problem shows the page again with 422.
    func step(_ context: RequestContext, _ page: ReportPage, typed: [String: String]? = nil,
              _ body: () throws -> String) throws -> HTTPResponse {
        do {
            return .redirect(to: "/reports/\(page.report.id)?done=\(try body())")
        } catch let refusal as ReportRefusal {
            var errors: [String: String]
            switch refusal {
            case .notYours:
                throw HTTPError(status: 403, title: "You do not have access to this page", message: refusal.message)
            case .notDue:
                throw HTTPError.notFound
            case .incomplete(let problems): errors = problems.messages
            case .wrongConfirmation, .confirmationNeeded: errors = ["password": refusal.message]
            case .reasonRequired: errors = ["reasons": refusal.message]
            default: errors = ["report": refusal.message]
            }
            RecordFormParts.auditRejected(context, services: services, form: "report_form", ectID: page.report.ectID, errors: errors)
            var view = ReportPageView(page: page, today: services.time.today, typed: typed)
            view.errors = errors
            return try render(context, view, status: 422)
        }
    }

    /// The page again, 422, with `errors` (audited by field name, as every refused form is).
    func refused(_ context: RequestContext, _ page: ReportPage, _ errors: [String: String]) throws -> HTTPResponse {
        RecordFormParts.auditRejected(context, services: services, form: "report_form", ectID: page.report.ectID, errors: errors)
        var view = ReportPageView(page: page, today: services.time.today)
        view.errors = errors
        return try render(context, view, status: 422)
    }

    func render(_ context: RequestContext, _ page: ReportPage, status: Int) throws -> HTTPResponse {
        try render(context, ReportPageView(page: page, today: services.time.today), status: status)
    }

    private func render(_ context: RequestContext, _ view: ReportPageView, status: Int) throws -> HTTPResponse {
        var values = view.values
        values["done"] = TemplateValue(Self.doneMessages[context.request.queryValue("done") ?? ""])
        values["observationEvidence"] = try observationEvidence(context, view.page)
        return try pages.render("pages/report", title: "\(view.page.header.ectName): \(view.title)",
                                context: context, status: status, values: values)
    }

    /// The version the form was opened at: every step on a report names it (issue 9 item 5).
    func version(_ context: RequestContext) throws -> Int {
        guard let version = Int(context.form["version"]) else {
            throw ReportRefusal.incomplete(ValidationErrors(["report": "This page was out of date. Reload the report and try again."]))
        }
        return version
    }

    func checkVersion(_ context: RequestContext, _ page: ReportPage) throws {
        guard try version(context) == page.report.version else { throw ReportRefusal.changedMeanwhile(by: "Someone") }
    }

    static let doneMessages = [
        "saved": "Your changes have been saved", "shared": "The report has been shared with the ECT",
        "submitted": "The report has been submitted to the appropriate body", "signed": "You have signed the report",
        "commented": "Your comments have been saved", "accepted": "The report has been accepted",
        "returned": "The report has been returned to the school", "evidence-attached": "The file has been attached",
        "evidence-removed": "The file has been removed",
        "code-sent": "We have emailed you a code: enter it below to sign",
    ]
}
