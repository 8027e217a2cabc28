import Induction

/// Every route of the application in one place, each with its access rule and controller.
/// docs/permissions.md describes the same table for people.
enum Routes {
    static func register(on router: inout Router, services: Services, pages: PageRenderer) {
        let scopes = Scopes(reader: services.reader)
        let home = HomeController(services: services, pages: pages)
        let signIn = SignInController(services: services, pages: pages)
        let passwords = PasswordController(services: services, pages: pages)
        let account = AccountController(services: services, pages: pages)
        let registration = SchoolRegistrationController(services: services, pages: pages)
        let schools = SchoolController(services: services, pages: pages)
        let ects = ECTController(services: services, pages: pages)
        let health = HealthController(reader: services.reader)

        router.get("/", .everyone) { try home.show($0) }
        router.get("/healthz", .everyone) { _ in health.check() }
        router.get("/sign-in", .everyone) { try signIn.show($0) }
        router.post("/sign-in", .everyone) { try signIn.submit($0) }
        router.get("/sign-in/code", .everyone) { try signIn.showCode($0) }
        router.post("/sign-in/code", .everyone) { try signIn.submitCode($0) }
        router.post("/sign-in/code/new", .everyone) { try signIn.resendCode($0) }
        router.post("/sign-out", .everyone) { try signIn.signOut($0) }
        router.get("/forgot-password", .everyone) { try passwords.showForgot($0) }
        router.post("/forgot-password", .everyone) { try passwords.submitForgot($0) }
        router.get("/reset-password/:token", .everyone) { try passwords.showReset($0) }
        router.post("/reset-password/:token", .everyone) { try passwords.submitReset($0) }
        router.get("/invitations/:token", .everyone) { try passwords.showInvitation($0) }
        router.post("/invitations/:token", .everyone) { try passwords.submitInvitation($0) }
        router.get("/register-school", .everyone) { try registration.show($0) }
        router.post("/register-school", .everyone) { try registration.submit($0) }
        HelpRoutes.register(on: &router, pages: pages)

        router.get("/account", .signedIn) { try account.show($0) }
        router.post("/account/role", .signedIn) { try account.switchRole($0) }
        router.post("/account/second-factor", .signedIn) { try account.saveSecondFactor($0) }
        router.get("/account/password", .signedIn) { try passwords.showChange($0) }
        router.get("/account/reminders", .signedIn) { try account.reminders($0) }
        let notifications = NotificationsController(services: services, pages: pages)
        router.get("/account/notifications", .signedIn) { try notifications.index($0) }
        router.post("/account/notifications/read", .signedIn) { try notifications.markRead($0) }
        router.post("/account/notifications/preferences", .signedIn) { try notifications.savePreferences($0) }
        router.post("/account/password", .signedIn) { try passwords.submitChange($0) }

        router.get("/ab", .permission(.viewAppropriateBodyHome)) { try home.appropriateBody($0) }
        router.get("/ects", .permission(.viewAppropriateBodyHome)) { try ects.index($0) }
        router.get("/ects.csv", .permission(.viewAppropriateBodyHome)) { try ects.csv($0) }
        let search = SearchController(services: services, pages: pages)
        router.get("/ab/search", .permission(.viewAppropriateBodyHome)) { try search.index($0) }
        let decisions = DecisionController(services: services, pages: pages)
        router.get("/ab/decisions", .permission(.recordOutcome)) { try decisions.index($0) }
        router.get("/ects/:ectID/decision", .permission(.recordOutcome, scope: scopes.ect)) { try decisions.show($0) }
        router.post("/ects/:ectID/decision", .permission(.recordOutcome, scope: scopes.ect)) { try decisions.record($0) }
        router.get("/ects/:ectID/decision/letter", .permission(.recordOutcome, scope: scopes.ect)) { try decisions.letter($0) }
        router.post("/ects/:ectID/decision/representations", .permission(.recordOutcome, scope: scopes.ect)) {
            try decisions.recordRepresentations($0)
        }
        router.post("/ects/:ectID/decision/notices", .permission(.recordOutcome, scope: scopes.ect)) { try decisions.recordNotices($0) }
        let checks = ProgrammeCheckController(services: services, pages: pages)
        router.get("/ab/programme-checks", .permission(.viewAppropriateBodyHome)) { try checks.index($0) }
        router.get("/schools/:schoolID/programme-check", .permission(.recordProgrammeCheck)) { try checks.show($0) }
        router.post("/schools/:schoolID/programme-check", .permission(.recordProgrammeCheck)) { try checks.record($0) }
        let returns = ReturnsController(services: services, pages: pages)
        router.get("/ab/returns", .permission(.recordOutcome)) { try returns.show($0) }
        router.post("/ab/returns/export", .permission(.recordOutcome)) { try returns.export($0) }
        router.post("/ab/returns/errors", .permission(.recordOutcome)) { try returns.importErrors($0) }
        router.get("/ab/returns/exports/:exportID/:number", .permission(.recordOutcome)) { try returns.download($0) }
        let fees = FeesController(services: services, pages: pages)
        router.get("/ab/fees", .permission(.viewAppropriateBodyHome)) { try fees.show($0) }
        router.get("/ab/fees.csv", .permission(.viewAppropriateBodyHome)) { try fees.csv($0) }
        // Issue 9: the AB's queue of submitted reports and its at-risk list (SG 4.1–4.5).
        let abReports = AppropriateBodyReportsController(services: services, pages: pages)
        router.get("/ab/reports", .permission(.viewAppropriateBodyHome)) { try abReports.index($0) }
        router.get("/ab/at-risk", .permission(.viewAppropriateBodyHome)) { try abReports.atRisk($0) }
        AdminRoutes.register(on: &router, services: services, pages: pages)
        ReportRoutes.register(on: &router, services: services, pages: pages, scopes: scopes)
        ObservationRoutes.register(on: &router, services: services, pages: pages, scopes: scopes)

        router.get("/schools/:schoolID", .permission(.viewSchool, scope: scopes.school)) { try schools.show($0) }
        let governors = GovernorsReportController(services: services, pages: pages)
        router.get("/schools/:schoolID/governors-report", .permission(.viewGovernorsReport, scope: scopes.school)) { try governors.show($0) }
        router.get("/ects/:ectID", .permission(.viewECTRecord, scope: scopes.ectRecord)) { try ects.show($0) }
        router.get("/my-induction", .signedIn) { try ects.mine($0) }
        TransferRoutes.register(on: &router, services: services, pages: pages, scopes: scopes)
        ConcernRoutes.register(on: &router, services: services, pages: pages, scopes: scopes)

        // The ECT's record: absences and leaving (the school), extensions and reductions (the AB).
        let absences = AbsenceController(services: services, pages: pages)
        let leaving = LeavingController(services: services, pages: pages)
        let adjustments = AdjustmentController(services: services, pages: pages)
        router.get("/ects/:ectID/absences/new", .permission(.recordAbsence, scope: scopes.ect)) { try absences.new($0) }
        router.post("/ects/:ectID/absences/new", .permission(.recordAbsence, scope: scopes.ect)) { try absences.create($0) }
        // Only the school that recorded an absence corrects or deletes it (the controller checks).
        router.get("/ects/:ectID/absences/:absenceID/edit", .permission(.recordAbsence, scope: scopes.ect)) { try absences.edit($0) }
        router.post("/ects/:ectID/absences/:absenceID/edit", .permission(.recordAbsence, scope: scopes.ect)) { try absences.update($0) }
        router.get("/ects/:ectID/absences/:absenceID/delete", .permission(.recordAbsence, scope: scopes.ect)) {
            try absences.confirmDelete($0)
        }
        router.post("/ects/:ectID/absences/:absenceID/delete", .permission(.recordAbsence, scope: scopes.ect)) { try absences.delete($0) }
        router.get("/ects/:ectID/leaving", .permission(.recordLeaving, scope: scopes.ect)) { try leaving.show($0) }
        router.post("/ects/:ectID/leaving", .permission(.recordLeaving, scope: scopes.ect)) { try leaving.save($0) }
        let corrections = RecordCorrectionController(services: services, pages: pages)
        router.get("/ects/:ectID/working-pattern", .permission(.correctRecord, scope: scopes.ect)) { try corrections.showWorkingPattern($0) }
        router.post("/ects/:ectID/working-pattern", .permission(.correctRecord, scope: scopes.ect)) { try corrections.saveWorkingPattern($0) }
        router.get("/ects/:ectID/programme", .permission(.correctRecord, scope: scopes.ect)) { try corrections.showProgramme($0) }
        router.post("/ects/:ectID/programme", .permission(.correctRecord, scope: scopes.ect)) { try corrections.saveProgramme($0) }
        router.get("/ects/:ectID/adjustments/new", .permission(.adjustInduction, scope: scopes.ect)) { try adjustments.new($0) }
        router.post("/ects/:ectID/adjustments/new", .permission(.adjustInduction, scope: scopes.ect)) { try adjustments.create($0) }
        // Item 10: the school's headteacher or induction lead chooses the tutor and mentor from its staff.
        let staff = TutorAndMentorController(services: services, pages: pages)
        router.get("/ects/:ectID/tutor-and-mentor", .permission(.assignTutorAndMentor, scope: scopes.ect)) { try staff.show($0) }
        router.post("/ects/:ectID/tutor-and-mentor", .permission(.assignTutorAndMentor, scope: scopes.ect)) { try staff.save($0) }

        // ECT registration: the school registers, the appropriate body confirms or rejects.
        let registerECT = ECTRegistrationController(services: services, pages: pages)
        let reviewECT = ECTRegistrationsReviewController(services: services, pages: pages)
        router.get("/schools/:schoolID/ects/new", .permission(.registerECT, scope: scopes.school)) { try registerECT.show($0) }
        router.post("/schools/:schoolID/ects/new", .permission(.registerECT, scope: scopes.school)) { try registerECT.submit($0) }
        router.get("/schools/:schoolID/ect-registrations/:periodID/withdraw", .permission(.registerECT, scope: scopes.school)) {
            try registerECT.showWithdraw($0)
        }
        router.post("/schools/:schoolID/ect-registrations/:periodID/withdraw", .permission(.registerECT, scope: scopes.school)) {
            try registerECT.withdraw($0)
        }
        router.get("/ab/ect-registrations", .permission(.confirmECTRegistration)) { try reviewECT.index($0) }
        router.post("/ab/ect-registrations/:periodID/confirm", .permission(.confirmECTRegistration)) { try reviewECT.confirm($0) }
        router.get("/ab/ect-registrations/:periodID/reject", .permission(.confirmECTRegistration)) { try reviewECT.showReject($0) }
        router.post("/ab/ect-registrations/:periodID/reject", .permission(.confirmECTRegistration)) { try reviewECT.submitReject($0) }

        // Schools (issue 4 items 2 and 3): the AB's list and account changes; each school's staff roles.
        let schoolList = SchoolsController(services: services, pages: pages)
        let schoolStaff = SchoolStaffController(services: services, pages: pages)
        router.get("/ab/schools", .permission(.viewAppropriateBodyHome)) { try schoolList.index($0) }
        router.post("/ab/schools/:schoolID/status", .permission(.manageSchools)) { try schoolList.setStatus($0) }
        router.post("/ab/schools/:schoolID/phase", .permission(.manageSchools)) { try schoolList.setPhase($0) }
        router.post("/ab/schools/:schoolID/chase", .permission(.viewAppropriateBodyHome)) { try schoolList.chase($0) }
        router.get("/schools/:schoolID/staff/new", .permission(.manageSchoolStaff, scope: scopes.school)) { try schoolStaff.new($0) }
        router.post("/schools/:schoolID/staff/new", .permission(.manageSchoolStaff, scope: scopes.school)) { try schoolStaff.create($0) }
        router.get("/schools/:schoolID/staff/:grantID/remove", .permission(.manageSchoolStaff, scope: scopes.school)) {
            try schoolStaff.confirmRemove($0)
        }
        router.post("/schools/:schoolID/staff/:grantID/remove", .permission(.manageSchoolStaff, scope: scopes.school)) {
            try schoolStaff.remove($0)
        }

        // Bulk import of ECTs (issue 4 item 9): a pasted CSV, checked row by row, applied all or nothing.
        let schoolImport = ECTImportController(services: services, pages: pages, appropriateBodyLevel: false)
        let bodyImport = ECTImportController(services: services, pages: pages, appropriateBodyLevel: true)
        router.get("/schools/:schoolID/ects/import", .permission(.importECTs, scope: scopes.school)) { try schoolImport.show($0) }
        router.post("/schools/:schoolID/ects/import", .permission(.importECTs, scope: scopes.school)) { try schoolImport.submit($0) }
        router.get("/schools/:schoolID/ects/import/template.csv", .permission(.importECTs, scope: scopes.school)) {
            try schoolImport.template($0)
        }
        router.post("/schools/:schoolID/ects/import/errors.csv", .permission(.importECTs, scope: scopes.school)) {
            try schoolImport.errorsCSV($0)
        }
        router.get("/ab/ect-imports", .permission(.importECTs)) { try bodyImport.show($0) }
        router.post("/ab/ect-imports", .permission(.importECTs)) { try bodyImport.submit($0) }
        router.get("/ab/ect-imports/template.csv", .permission(.importECTs)) { try bodyImport.template($0) }
        router.post("/ab/ect-imports/errors.csv", .permission(.importECTs)) { try bodyImport.errorsCSV($0) }
    }
}
