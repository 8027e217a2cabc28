import Induction

/// Issue 9's routes: starting a report from the record, its page and print view, and every step on
/// it. Each declares its access rule; the verbs then check the person's part in the report.
enum ReportRoutes {
    static func register(on router: inout Router, services: Services, pages: PageRenderer, scopes: Scopes) {
        let reports = ReportController(services: services, pages: pages)
        router.post("/ects/:ectID/reports", .permission(.writeReport, scope: scopes.ect)) { try reports.start($0) }
        router.get("/reports/:reportID", .permission(.viewReport, scope: scopes.report)) { try reports.show($0) }
        router.get("/reports/:reportID/print", .permission(.viewReport, scope: scopes.report)) { try reports.print($0) }
        router.post("/reports/:reportID", .permission(.writeReport, scope: scopes.report)) { try reports.save($0) }
        router.post("/reports/:reportID/share", .permission(.writeReport, scope: scopes.report)) { try reports.share($0) }
        router.post("/reports/:reportID/submit", .permission(.writeReport, scope: scopes.report)) { try reports.submit($0) }
        router.post("/reports/:reportID/comments", .permission(.commentOnReport, scope: scopes.report)) { try reports.comment($0) }
        router.post("/reports/:reportID/sign", .permission(.signReport, scope: scopes.report)) { try reports.sign($0) }
        router.post("/reports/:reportID/accept", .permission(.decideReport, scope: scopes.report)) { try reports.accept($0) }
        let evidence = EvidenceController(reports: reports)
        router.post("/reports/:reportID/evidence", .permission(.writeReport, scope: scopes.report)) { try evidence.upload($0) }
        router.get("/reports/:reportID/evidence/:fileID", .permission(.viewReport, scope: scopes.report)) { try evidence.download($0) }
        router.post("/reports/:reportID/evidence/:fileID/remove", .permission(.writeReport, scope: scopes.report)) {
            try evidence.remove($0)
        }
        router.post("/reports/:reportID/return", .permission(.decideReport, scope: scopes.report)) { try reports.returnForAmendment($0) }
    }
}
