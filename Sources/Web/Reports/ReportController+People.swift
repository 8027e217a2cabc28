import HTTP
import Induction

/// The steps of the people who are not the report's writers: the ECT's comments, signing (anyone
/// named on the report), and the appropriate body's decision.
extension ReportController {
    func comment(_ context: RequestContext) throws -> HTTPResponse {
        let page = try page(context)
        let comments = context.form[ReportContent.ectCommentsField].replacingOccurrences(of: "\r\n", with: "\n")
        return try step(context, page, typed: page.report.content.fields.merging([ReportContent.ectCommentsField: comments]) { _, new in new }) {
            try CommentOnReport(store: services.store).comment(reportID: page.report.id, comments: comments, basedOn: try version(context),
                                                              author: context.author)
            return "commented"
        }
    }

    func sign(_ context: RequestContext) throws -> HTTPResponse {
        let page = try page(context)
        return try step(context, page) {
            try checkVersion(context, page)
            guard let role = SignerRole(rawValue: context.form["role"]) else {
                throw ReportRefusal.incomplete(ValidationErrors(["report": "Choose the role you sign in"]))
            }
            let password = context.form["password"]
            let confirmation: SignerConfirmation
            if !password.isEmpty {
                confirmation = .password(password, sessionToken: context.session.token)
            } else if let token = context.session.token, page.recentlyConfirmed {
                confirmation = .recent(sessionToken: token)
            } else {
                throw ReportRefusal.confirmationNeeded
            }
            try SignReport(store: services.store, baseURL: services.baseURL)
                .sign(reportID: page.report.id, as: role, confirmation: confirmation, author: context.author)
            return "signed"
        }
    }

    func accept(_ context: RequestContext) throws -> HTTPResponse {
        let page = try page(context)
        return try step(context, page) {
            try checkVersion(context, page)
            try AcceptReport(store: services.store, baseURL: services.baseURL).accept(reportID: page.report.id, author: context.author)
            return "accepted"
        }
    }

    func returnForAmendment(_ context: RequestContext) throws -> HTTPResponse {
        let page = try page(context)
        return try step(context, page) {
            try checkVersion(context, page)
            try ReturnReport(store: services.store, baseURL: services.baseURL)
                .returnForAmendment(reportID: page.report.id, reasons: context.form["reasons"], author: context.author)
            return "returned"
        }
    }
}
