/// The help pages' routes: `/help` and one page per topic, all open to everyone.
enum HelpRoutes {
    static func register(on router: inout Router, pages: PageRenderer) {
        let help = HelpController(pages: pages)
        router.get("/help", .everyone) { try help.index($0) }
        for topic in HelpTopic.allCases {
            router.get(topic.path, .everyone) { try help.show(topic, $0) }
        }
    }
}
