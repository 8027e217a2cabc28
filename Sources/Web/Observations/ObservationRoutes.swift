import Induction

/// Issue 11 item 2's routes: the forms for a lesson observation and a mentor meeting. Each declares its
/// access rule; the controllers then check this is the ECT's own tutor or mentor.
enum ObservationRoutes {
    static func register(on router: inout Router, services: Services, pages: PageRenderer, scopes: Scopes) {
        let observations = ObservationController(services: services, pages: pages)
        let meetings = MentorMeetingController(services: services, pages: pages)
        router.get("/ects/:ectID/observations/new", .permission(.recordObservation, scope: scopes.ect)) { try observations.new($0) }
        router.post("/ects/:ectID/observations/new", .permission(.recordObservation, scope: scopes.ect)) { try observations.create($0) }
        router.get("/ects/:ectID/mentor-meetings/new", .permission(.logMentorMeeting, scope: scopes.ect)) { try meetings.new($0) }
        router.post("/ects/:ectID/mentor-meetings/new", .permission(.logMentorMeeting, scope: scopes.ect)) { try meetings.create($0) }
    }
}
