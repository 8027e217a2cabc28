import Induction

/// Issue 11 item 2's routes in `PermissionMatrixTests`' table: lesson observations and mentor meetings.
extension PermissionMatrixTests {
    static let observers: Set<Role> = [.headteacher, .inductionLead, .inductionTutor]

    /// Each tutor actor tutors the first ECT at their school, and each mentor is asked about their own
    /// mentee; empty POSTs come back 422, so the request reached the controller.
    static let observationRows: [Row] = [
        guarded("GET", "/ects/:ectID/observations/new", .recordObservation, allowed: observers, scoped: true),
        guarded("POST", "/ects/:ectID/observations/new", .recordObservation, allowed: observers, .status(422), scoped: true),
        guarded("GET", "/ects/:ectID/mentor-meetings/new", .logMentorMeeting, allowed: [.mentor], scoped: true),
        guarded("POST", "/ects/:ectID/mentor-meetings/new", .logMentorMeeting, allowed: [.mentor], .status(422), scoped: true),
    ]
}
