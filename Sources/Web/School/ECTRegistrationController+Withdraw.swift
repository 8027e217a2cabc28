import HTTP
import Induction
import Templates

/// Issue 7 item 9: the school withdraws its own pending registration, after a confirmation page.
/// Another school's registration, or one already decided or withdrawn, is a 404.
extension ECTRegistrationController {
    func showWithdraw(_ context: RequestContext) throws -> HTTPResponse {
        let (schoolID, periodID) = (try context.id("schoolID"), try context.id("periodID"))
        guard let registration = try services.reader.pendingECTRegistration(periodID: periodID, schoolID: schoolID) else {
            throw HTTPError.notFound
        }
        return try pages.render("pages/ect_registration_withdraw", title: "Withdraw the registration of \(registration.fullName)",
                                context: context, values: registration.summaryValues.merging([
            "action": .string(Self.withdrawHref(registration)),
            "backHref": .string("/schools/\(schoolID)#pending-registrations"),
        ]) { _, new in new })
    }

    func withdraw(_ context: RequestContext) throws -> HTTPResponse {
        let (schoolID, periodID) = (try context.id("schoolID"), try context.id("periodID"))
        guard try WithdrawECTRegistration(store: services.store).withdraw(periodID: periodID, schoolID: schoolID, author: context.author)
        else { throw HTTPError.notFound }
        return .redirect(to: "/schools/\(schoolID)?withdrawn=\(periodID)")
    }

    static func withdrawHref(_ registration: PendingECTRegistration) -> String {
        "/schools/\(registration.schoolID)/ect-registrations/\(registration.id)/withdraw"
    }
}
