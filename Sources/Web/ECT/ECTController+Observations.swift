import Induction
import Templates

extension ECTController {
    /// Issue 11 item 2: the record's observations and mentor meetings for those who read them, with
    /// the forms' links for the ECT's own tutor (or school leaders) and mentor; null for anyone else.
    func observationsSection(_ context: RequestContext, ect: ECT, ownRecord: Bool) throws -> TemplateValue {
        let scope = Scope.ect(id: ect.id, schoolID: ect.schoolID)
        guard AccessPolicy.allows(context.principal, .viewObservations, scope) else { return .null }
        let today = services.time.today
        let userID = context.principal?.user.id
        let observes = try !ownRecord && AccessPolicy.allows(context.principal, .recordObservation, scope)
            && services.reader.mayRecordObservation(ectID: ect.id, userID: userID, today: today)
        let meets = try !ownRecord && AccessPolicy.allows(context.principal, .logMentorMeeting, scope)
            && services.reader.mayLogMentorMeeting(ectID: ect.id, userID: userID, today: today)
        return ObservationsView.section(try services.reader.observations(ectID: ect.id), today: today,
                                        observationHref: observes ? "/ects/\(ect.id)/observations/new" : nil,
                                        meetingHref: meets ? "/ects/\(ect.id)/mentor-meetings/new" : nil)
    }
}
