import HTTP
import Induction
import Templates

/// GET and POST /ects/:ectID/tutor-and-mentor: the school's headteacher or induction lead chooses
/// the ECT's induction tutor and mentor from its staff accounts (item 10).
struct TutorAndMentorController: Sendable {
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let record = try RecordFormParts.record(context, services: services)
        let today = services.time.today
        let values = [
            "tutor": record.current(.tutor).map { String($0.person.userID) } ?? "",
            "mentor": record.current(.mentor).map { String($0.person.userID) } ?? "",
            "from-day": String(today.day), "from-month": String(today.month), "from-year": String(today.year),
        ]
        return try render(context, record: record, values: values, errors: [:], status: 200)
    }

    func save(_ context: RequestContext) throws -> HTTPResponse {
        let record = try RecordFormParts.record(context, services: services)
        let form = TutorAndMentorForm(values: RecordFormParts.typed(context, TutorAndMentorForm.inputNames))
        var errors: [String: String]
        switch form.validate(today: services.time.today) {
        case .success(let choice):
            let outcome = try AssignTutorAndMentor(store: services.store).assign(choice, ectID: record.ect.id, author: context.author)
            switch outcome {
            case .changed: return .redirect(to: "/ects/\(record.ect.id)?saved=staff")
            case .refused(let refusal): errors = refusal
            }
        case .failure(let failure):
            errors = failure.messages
        }
        RecordFormParts.auditRejected(context, services: services, form: "tutor_and_mentor_form", ectID: record.ect.id, errors: errors)
        return try render(context, record: record, values: form.values, errors: errors, status: 422)
    }

    private func render(_ context: RequestContext, record: ECTRecord, values: [String: String], errors: [String: String],
                        status: Int) throws -> HTTPResponse {
        let schoolID = record.ect.schoolID
        let (tutors, mentors) = try services.reader.eligibleTutorsAndMentors(schoolID: schoolID)
        var page = RecordFormParts.common(record)
        page["action"] = .string("/ects/\(record.ect.id)/tutor-and-mentor")
        page["tutorSelect"] = StaffSelectView.values(.tutor, people: tutors, selected: values["tutor"] ?? "", error: errors["tutor"])
        page["mentorSelect"] = StaffSelectView.values(.mentor, people: mentors, selected: values["mentor"] ?? "", error: errors["mentor"])
        page["fromDate"] = RecordFormParts.dateInput(TutorAndMentorForm.from, legend: "Date the change takes effect", example: "2 11 2026",
                                                     values: values, errors: errors)
        page["currentTutor"] = .string(record.current(.tutor).map { "\($0.person.name), since \($0.from.ukLong)" } ?? "Nobody")
        page["currentMentor"] = .string(record.current(.mentor).map { "\($0.person.name), since \($0.from.ukLong)" } ?? "Nobody")
        page.merge(ErrorSummary(errors, order: [("tutor", "tutor"), ("mentor", "mentor"), ("from", "from-day")]).templateValues) { _, new in new }
        return try pages.render("pages/ect_tutor_and_mentor", title: "Tutor and mentor for \(record.ect.fullName)", context: context,
                                status: status, values: page)
    }
}
