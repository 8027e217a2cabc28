import Induction

/// Issue 11 item 8: the whole record to take away, and the receiving AB's import of it.
enum TransferRoutes {
    static func register(on router: inout Router, services: Services, pages: PageRenderer, scopes: Scopes) {
        let export = ECTExportController(services: services, pages: pages)
        router.get("/ects/:ectID/export.json", .permission(.exportECTRecord, scope: scopes.ect)) { try export.json($0) }
        router.get("/ects/:ectID/export", .permission(.exportECTRecord, scope: scopes.ect)) { try export.page($0) }
        let transfers = ECTTransferController(services: services, pages: pages)
        router.get("/ab/ect-transfers", .permission(.importTransferredECT)) { try transfers.show($0) }
        router.post("/ab/ect-transfers", .permission(.importTransferredECT)) { try transfers.submit($0) }
    }
}
