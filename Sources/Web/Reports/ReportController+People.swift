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
        try versionedStep(context, done: "signed") { page in
            guard let role = SignerRole(rawValue: context.form["role"]) else {
                throw ReportRefusal.incomplete(ValidationErrors(["report": "Choose the role you sign in"]))
            }
            try SignReport(store: services.store).sign(reportID: page.report.id, as: role, confirmation: try confirmation(context, page),
                                                       author: context.author)
        }
    }

    /// The password typed, else the emailed code typed, else a confirmation in the last 10 minutes.
    private func confirmation(_ context: RequestContext, _ page: ReportPage) throws -> SignerConfirmation {
        let password = context.form["password"]
        let code = context.form["code"].trimmingCharacters(in: .whitespaces)
        if !password.isEmpty { return .password(password, sessionToken: context.session.token) }
        if !code.isEmpty { return .emailedCode(code, sessionToken: context.session.token) }
        guard let token = context.session.token, page.recentlyConfirmed else { throw ReportRefusal.confirmationNeeded }
        return .recent(sessionToken: token)
    }

    /// POST /reports/:reportID/sign-code: emails the signer a code to sign with instead of their password.
    func sendSigningCode(_ context: RequestContext) throws -> HTTPResponse {
        let page = try page(context)
        guard page.usesEmailedCode, let userID = context.principal?.user.id else { throw HTTPError.notFound }
        try SendSignInCode(store: services.store).send(userID: userID, author: context.author)
        return .redirect(to: "/reports/\(page.report.id)?done=code-sent#sign")
    }

    func accept(_ context: RequestContext) throws -> HTTPResponse {
        try versionedStep(context, done: "accepted") { try AcceptReport(store: services.store).accept(reportID: $0.report.id, author: context.author) }
    }

    func returnForAmendment(_ context: RequestContext) throws -> HTTPResponse {
        let values = Dictionary(uniqueKeysWithValues: (["details"] + ReturnForm.sections.map { "comment-\($0.value)" }).map { ($0, context.form[$0]) })
        let form = ReturnForm(reasons: context.form.pairs.filter { $0.name == "reason" }.map(\.value), values: values)
        return try versionedStep(context, done: "returned") {
            switch form.validate() {
            case .success(let text):
                try ReturnReport(store: services.store).returnForAmendment(reportID: $0.report.id, reasons: text, author: context.author)
            case .failure(let problems):
                throw ReportRefusal.incomplete(problems)
            }
        }
    }
}
