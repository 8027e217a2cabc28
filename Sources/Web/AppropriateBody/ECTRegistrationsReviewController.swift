import HTTP
import Induction
import Templates

/// The appropriate body's list of ECT registrations waiting for it: confirm one, or reject it with a
/// reason that is emailed to the school.
struct ECTRegistrationsReviewController: Sendable {
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let pending = try services.reader.pendingECTRegistrations()
        let notice = Self.notice(context)
        return try pages.render("pages/ab_ect_registrations", title: "ECT registrations waiting", context: context, values: [
            "registrations": .list(pending.map(Self.row)),
            "hasRegistrations": .bool(!pending.isEmpty),
            "notice": TemplateValue(notice),
        ])
    }

    func confirm(_ context: RequestContext) throws -> HTTPResponse {
        let registration = try find(context)
        guard try ConfirmECTRegistration(store: services.store)
            .confirm(periodID: registration.id, author: context.author) else {
            return .redirect(to: "/ab/ect-registrations")
        }
        return .redirect(to: "/ab/ect-registrations?confirmed=\(registration.id)")
    }

    func showReject(_ context: RequestContext) throws -> HTTPResponse {
        try rejectForm(context, try find(context), reason: "", error: nil, status: 200)
    }

    func submitReject(_ context: RequestContext) throws -> HTTPResponse {
        let registration = try find(context)
        do {
            guard try RejectECTRegistration(store: services.store)
                .reject(periodID: registration.id, reason: context.form["reason"], author: context.author) else {
                return .redirect(to: "/ab/ect-registrations")
            }
        } catch let error as ECTRegistrationDecisionError {
            return try rejectForm(context, registration, reason: context.form["reason"], error: error.message, status: 422)
        }
        return .redirect(to: "/ab/ect-registrations?rejected=\(registration.id)")
    }

    /// A registration that does not exist or has been decided is a 404.
    private func find(_ context: RequestContext) throws -> PendingECTRegistration {
        let id = try context.id("periodID")
        guard let found = try services.reader.pendingECTRegistration(periodID: id) else { throw HTTPError.notFound }
        return found
    }

    private func rejectForm(_ context: RequestContext, _ registration: PendingECTRegistration, reason: String, error: String?,
                            status: Int) throws -> HTTPResponse {
        let summary = ErrorSummary(error.map { ["reason": $0] } ?? [:], keys: ["reason"])
        return try pages.render("pages/ab_ect_registration_reject", title: "Reject the registration of \(registration.fullName)",
                                context: context, status: status, values: summary.templateValues.merging([
            "registration": Self.row(registration),
            "reason": .string(reason),
            "reasonError": TemplateValue(error),
            "reasonLimit": .int(ECTRegistrationDecisionError.reasonLimit),
        ]) { _, new in new })
    }

    static func row(_ registration: PendingECTRegistration) -> TemplateValue {
        .dictionary(registration.summaryValues.merging([
            "id": .int(registration.id),
            "dateOfBirth": .string(registration.dateOfBirth?.ukLong ?? "Not recorded"),
            "dateOfBirthISO": TemplateValue(registration.dateOfBirth?.iso),
            "qtsDate": .string(registration.qtsDate?.ukLong ?? "Not recorded"),
            "qtsDateISO": TemplateValue(registration.qtsDate?.iso),
            "programme": .string(registration.programme),
            "termsServedElsewhere": .string(registration.termsServedElsewhere.oneDecimal),
            "sameNameAndBirth": TemplateValue(registration.sameNameAndBirthTRNs.isEmpty ? nil
                : "Check the TRN: a teacher with the same name and date of birth is recorded under TRN "
                    + registration.sameNameAndBirthTRNs.joined(separator: ", TRN ")),
            "kind": .string(registration.isTransfer ? "Continuing from another school" : "New"),
            "confirmAction": .string("/ab/ect-registrations/\(registration.id)/confirm"),
            "rejectHref": .string("/ab/ect-registrations/\(registration.id)/reject"),
        ]) { _, new in new })
    }

    /// The banner after a decision, from a well-formed query only and never echoing it.
    static func notice(_ context: RequestContext) -> String? {
        if let text = context.request.queryValue("confirmed"), text.count <= 18, Int(text) != nil {
            return "The registration has been confirmed. We have emailed the school."
        }
        if let text = context.request.queryValue("rejected"), text.count <= 18, Int(text) != nil {
            return "The registration has been rejected. We have emailed the school your reason."
        }
        return nil
    }
}
