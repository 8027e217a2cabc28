import Induction
import Templates

/// Lesson observations and mentor meetings as rows, for the ECT's record and the report's evidence.
enum ObservationsView {
    static func observationRows(_ observations: [LessonObservation]) -> TemplateValue {
        .list(observations.map { observation in
            ["date": .string(observation.observedOn.ukLong), "dateISO": .string(observation.observedOn.iso),
             "observer": .string(observation.observerName), "focus": .string(observation.focus), "feedback": .string(observation.feedback),
             "developmentNeeds": TemplateValue(observation.developmentNeeds.isEmpty ? nil : observation.developmentNeeds),
             "recordedBy": .string(observation.recordedBy)]
        })
    }

    static func meetingRows(_ meetings: [MentorMeeting]) -> TemplateValue {
        .list(meetings.map { meeting in
            ["date": .string(meeting.metOn.ukLong), "dateISO": .string(meeting.metOn.iso), "mentor": .string(meeting.mentorName),
             "focus": .string(meeting.focus), "nextStep": .string(meeting.nextStep)]
        })
    }

    /// The record page's section: the last observation, a hint when none in the last half term, both
    /// lists, and the buttons for the ECT's tutor and mentor.
    static func section(_ items: ECTObservations, today: CalendarDate, observationHref: String?, meetingHref: String?) -> TemplateValue {
        [
            "lastObservation": TemplateValue(items.lastObservedOn?.ukLong),
            "lastObservationISO": TemplateValue(items.lastObservedOn?.iso),
            "observationDue": .bool(items.isObservationDue(today: today)),
            "observations": observationRows(items.observations), "hasObservations": .bool(!items.observations.isEmpty),
            "meetings": meetingRows(items.meetings), "hasMeetings": .bool(!items.meetings.isEmpty),
            "observationHref": TemplateValue(observationHref), "meetingHref": TemplateValue(meetingHref),
        ]
    }
}
