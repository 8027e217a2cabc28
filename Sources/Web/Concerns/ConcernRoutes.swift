import Induction

/// Issue 11 items 3 and 5: the ECT's concerns and the page of who can see their record (the ECT's
/// own, through `Scopes.ownECT`), and the appropriate body's queue of concerns. No school role
/// reaches any of these.
enum ConcernRoutes {
    static func register(on router: inout Router, services: Services, pages: PageRenderer, scopes: Scopes) {
        let mine = ECTConcernsController(services: services, pages: pages)
        let access = RecordAccessController(services: services, pages: pages)
        let body = AppropriateBodyConcernsController(services: services, pages: pages)
        router.get("/my-induction/access", .permission(.viewOwnAccessLog, scope: scopes.ownECT)) { try access.show($0) }
        router.get("/my-induction/concerns", .permission(.raiseConcern, scope: scopes.ownECT)) { try mine.index($0) }
        router.get("/my-induction/concerns/new", .permission(.raiseConcern, scope: scopes.ownECT)) { try mine.new($0) }
        router.post("/my-induction/concerns/new", .permission(.raiseConcern, scope: scopes.ownECT)) { try mine.create($0) }
        router.get("/ab/concerns", .permission(.answerConcern)) { try body.index($0) }
        router.get("/ab/concerns/:concernID", .permission(.answerConcern)) { try body.show($0) }
        router.post("/ab/concerns/:concernID", .permission(.answerConcern)) { try body.reply($0) }
    }
}
