import Induction

/// The appropriate body admin's pages: registrations, outbox, audit log, officers, settings (with the
/// appropriate body's details, term dates and report questions).
/// Every route here is for AB admins only (AccessPolicy); POSTs are CSRF-checked by middleware.
enum AdminRoutes {
    static func register(on router: inout Router, services: Services, pages: PageRenderer) {
        let outbox = AdminOutboxController(services: services, pages: pages)
        let audit = AdminAuditController(services: services, pages: pages)
        let registrations = AdminRegistrationsController(services: services, pages: pages)
        let officers = AdminOfficersController(services: services, pages: pages)
        let settings = AdminSettingsController(services: services, pages: pages)
        let body = AdminAppropriateBodyController(services: services, pages: pages)
        let termDates = AdminTermDatesController(services: services, pages: pages)
        let questions = AdminReportQuestionsController(services: services, pages: pages)

        router.get("/admin/outbox", .permission(.readOutbox)) { try outbox.index($0) }
        router.get("/admin/outbox/:messageID", .permission(.readOutbox)) { try outbox.show($0) }
        router.get("/admin/audit", .permission(.readAuditLog)) { try audit.index($0) }
        router.get("/admin/registrations", .permission(.decideSchoolRegistrations)) { try registrations.index($0) }
        router.post("/admin/registrations/:requestID/authorise", .permission(.decideSchoolRegistrations)) { try registrations.authorise($0) }
        router.get("/admin/registrations/:requestID/reject", .permission(.decideSchoolRegistrations)) { try registrations.showReject($0) }
        router.post("/admin/registrations/:requestID/reject", .permission(.decideSchoolRegistrations)) { try registrations.submitReject($0) }
        router.get("/admin/officers/new", .permission(.inviteAppropriateBodyStaff)) { try officers.new($0) }
        router.post("/admin/officers", .permission(.inviteAppropriateBodyStaff)) { try officers.create($0) }
        router.get("/admin/settings", .permission(.manageSettings)) { try settings.show($0) }
        router.post("/admin/settings", .permission(.manageSettings)) { try settings.save($0) }
        router.get("/admin/appropriate-body", .permission(.manageSettings)) { try body.show($0) }
        router.post("/admin/appropriate-body", .permission(.manageSettings)) { try body.save($0) }
        router.get("/admin/term-dates", .permission(.manageSettings)) { try termDates.index($0) }
        router.get("/admin/term-dates/:year", .permission(.manageSettings)) { try termDates.edit($0) }
        router.post("/admin/term-dates/:year", .permission(.manageSettings)) { try termDates.save($0) }
        router.post("/admin/term-dates/:year/reset", .permission(.manageSettings)) { try termDates.reset($0) }
        router.get("/admin/report-questions", .permission(.manageSettings)) { try questions.index($0) }
        router.get("/admin/report-questions/new", .permission(.manageSettings)) { try questions.new($0) }
        router.post("/admin/report-questions/new", .permission(.manageSettings)) { try questions.create($0) }
        router.post("/admin/report-questions/:questionID/retire", .permission(.manageSettings)) { try questions.retire($0) }
        router.post("/admin/report-questions/:questionID/move", .permission(.manageSettings)) { try questions.move($0) }
    }
}
