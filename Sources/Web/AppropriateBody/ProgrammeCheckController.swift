import HTTP
import Induction
import Templates

/// Issue 10 item 7: GET /ab/programme-checks lists the schools with school-led programmes and this
/// year's check; GET and POST /schools/:schoolID/programme-check record it.
struct ProgrammeCheckController: Sendable {
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let today = services.time.today
        let statuses = try services.reader.programmeCheckStatuses(today: today)
        return try pages.render("pages/ab_programme_checks", title: "Programme checks", context: context, values: [
            "year": .string(AcademicYear(containing: today).label),
            "dueCount": .int(statuses.filter(\.isDue).count),
            "schools": .list(statuses.map { status in
                ["name": .string(status.schoolName), "urn": .string(status.urn), "href": .string("/schools/\(status.schoolID)#programme-checks"),
                 "ects": .int(status.schoolLedECTs), "check": status.thisYear.map(ProgrammeCheckView.row) ?? .null,
                 "last": status.lastEarlier.map(ProgrammeCheckView.row) ?? .null,
                 "recordHref": .string("/schools/\(status.schoolID)/programme-check")]
            }),
            "hasSchools": .bool(!statuses.isEmpty),
        ])
    }

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let school = try school(context)
        let current = school.check(for: AcademicYear(containing: services.time.today))
        return try render(context, school, typed: ProgrammeCheckView.typed(from: current), errors: [:], status: 200)
    }

    func record(_ context: RequestContext) throws -> HTTPResponse {
        let school = try school(context)
        let form = ProgrammeCheckForm(values: RecordFormParts.typed(context, ProgrammeCheckForm.inputNames))
        var errors: [String: String]
        switch form.validate(today: services.time.today) {
        case .success(let entry):
            do {
                try RecordProgrammeCheck(store: services.store).record(entry, schoolID: school.schoolID, author: context.author)
                return .redirect(to: "/schools/\(school.schoolID)?checked=1#programme-checks")
            } catch let refusal as ProgrammeCheckRefusal {
                errors = ["checked": refusal.message]
            }
        case .failure(let failure):
            errors = failure.messages
        }
        RecordFormParts.auditRejected(context, services: services, form: "programme_check_form", ectID: school.schoolID, errors: errors)
        return try render(context, school, typed: form.values, errors: errors, status: 422)
    }

    private func school(_ context: RequestContext) throws -> SchoolProgrammeChecks {
        guard let school = try services.reader.programmeChecks(schoolID: try context.id("schoolID")) else { throw HTTPError.notFound }
        return school
    }

    private func render(_ context: RequestContext, _ school: SchoolProgrammeChecks, typed: [String: String], errors: [String: String],
                        status: Int) throws -> HTTPResponse {
        var values = ProgrammeCheckView.form(typed: typed, errors: errors)
        values["schoolName"] = .string(school.schoolName)
        values["schoolHref"] = .string("/schools/\(school.schoolID)")
        values["action"] = .string("/schools/\(school.schoolID)/programme-check")
        values["schoolLedECTs"] = .int(school.schoolLedECTs)
        values["year"] = .string(AcademicYear(containing: services.time.today).label)
        values["replaces"] = .bool(school.check(for: AcademicYear(containing: services.time.today)) != nil)
        return try pages.render("pages/school_programme_check", title: "Programme check for \(school.schoolName)", context: context,
                                status: status, values: values)
    }
}
