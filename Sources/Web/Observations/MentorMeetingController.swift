import HTTP
import Induction
import Templates

/// Issue 11 item 2: GET and POST /ects/:ectID/mentor-meetings/new. The ECT's mentor logs a meeting;
/// the tutor and the ECT read it on the record.
struct MentorMeetingController: Sendable {
    let services: Services
    let pages: PageRenderer

    func new(_ context: RequestContext) throws -> HTTPResponse {
        try render(context, record: try theirs(context), values: [:], errors: [:], status: 200)
    }

    func create(_ context: RequestContext) throws -> HTTPResponse {
        let record = try theirs(context)
        let form = MentorMeetingForm(values: RecordFormParts.typed(context, MentorMeetingForm.inputNames))
        do {
            return try RecordFormParts.submit(form.validate(today: services.time.today), form: "mentor_meeting_form", record: record,
                                              context: context, services: services) {
                try RecordMentorMeeting(store: services.store).record($0, ectID: record.ect.id, author: context.author)
                return "mentor-meeting"
            } showAgain: { try render(context, record: record, values: form.values, errors: $0, status: 422) }
        } catch let refusal as ObservationRefusal {
            return try render(context, record: record, values: form.values, errors: ["met": refusal.message], status: 422)
        }
    }

    /// The record, when this person is the ECT's current mentor.
    private func theirs(_ context: RequestContext) throws -> ECTRecord {
        let record = try RecordFormParts.record(context, services: services)
        guard try services.reader.mayLogMentorMeeting(ectID: record.ect.id, userID: context.principal?.user.id,
                                                      today: services.time.today) else {
            throw HTTPError(status: 403, title: "You do not have access to this page", message: ObservationRefusal.notTheirMentor.message)
        }
        return record
    }

    private func render(_ context: RequestContext, record: ECTRecord, values: [String: String], errors: [String: String],
                        status: Int) throws -> HTTPResponse {
        var page = RecordFormParts.common(record)
        page["action"] = .string("/ects/\(record.ect.id)/mentor-meetings/new")
        page["metDate"] = RecordFormParts.dateInput(MentorMeetingForm.met, legend: "Date of the meeting", example: "19 11 2026",
                                                    values: values, errors: errors)
        for name in ["focus", "nextStep"] {
            page[name] = .string(values[name] ?? "")
            page[name + "Error"] = TemplateValue(errors[name])
        }
        page.merge(ErrorSummary(errors, order: [("met", "met-day"), ("focus", "focus"), ("nextStep", "nextStep")]).templateValues) { _, new in new }
        return try pages.render("pages/ect_mentor_meeting", title: "Log a mentor meeting with \(record.ect.fullName)", context: context,
                                status: status, values: page)
    }
}
