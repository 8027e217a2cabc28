import HTTP
import Induction
import Templates

/// The appropriate body's list of schools (with pending registration requests), and the AB admin's
/// two changes to a school: suspend or reinstate it, and record its phase.
struct SchoolsController: Sendable {
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let filter = context.request.queryValue("status").flatMap(SchoolListing.Status.init(rawValue:))
        let requested = context.request.queryValue("page")
        let list = try services.reader.schoolListings(status: filter) { AdminPaging(requested: requested, total: $0).window }
        let schools = list.items
        let current = filter?.rawValue ?? ""
        let filters = [Self.filter("", "All", current: current)]
            + SchoolListing.Status.allCases.map { Self.filter($0.rawValue, $0.label, current: current) }
        return try pages.render("pages/ab_schools", title: filter.map { "Schools: \($0.label)" } ?? "Schools", context: context, values: [
            "schools": .list(schools.map(Self.row)),
            "hasSchools": .bool(!schools.isEmpty),
            "filters": .list(filters),
            "filterLabel": TemplateValue(filter?.label),
            "pagination": AdminPaging(requested: requested, total: list.total)
                .values(path: "/ab/schools", filters: [("status", current)], nouns: ("school", "schools")),
        ])
    }

    func setStatus(_ context: RequestContext) throws -> HTTPResponse {
        let schoolID = try context.id("schoolID")
        let suspended: Bool
        switch context.form["status"] {
        case "suspended": suspended = true
        case "authorised": suspended = false
        default: throw Self.badChoice
        }
        guard try ChangeSchoolStatus(store: services.store).change(schoolID: schoolID, suspended: suspended, author: context.author)
        else { throw HTTPError.notFound }
        return .redirect(to: "/schools/\(schoolID)?school-updated=status")
    }

    func setPhase(_ context: RequestContext) throws -> HTTPResponse {
        let schoolID = try context.id("schoolID")
        guard let phase = SchoolPhase(rawValue: context.form["phase"]) else { throw Self.badChoice }
        guard try RecordSchoolPhase(store: services.store).record(phase, schoolID: schoolID, author: context.author)
        else { throw HTTPError.notFound }
        return .redirect(to: "/schools/\(schoolID)?school-updated=phase")
    }

    /// Issue 11 item 7: the AB chases the school's overdue reports with its induction leads and headteachers.
    func chase(_ context: RequestContext) throws -> HTTPResponse {
        let schoolID = try context.id("schoolID")
        let banner = switch try ChaseOverdueReports(store: services.store).chase(schoolID: schoolID, author: context.author) {
        case .noSuchSchool: throw HTTPError.notFound
        case .chased: "chased"
        case .nothingOverdue: "nothing-overdue"
        case .nobodyToTell: "nobody-to-chase"
        }
        return .redirect(to: "/schools/\(schoolID)?school-updated=\(banner)")
    }

    static let badChoice = HTTPError(status: 400, title: "That choice could not be saved", message: "Choose one of the options on the page.")

    static func row(_ school: SchoolListing) -> TemplateValue {
        let pending = school.status == .pending
        return [
            "name": .string(school.name),
            "href": .string(pending ? "/admin/registrations" : "/schools/\(school.id)"),
            "urn": .string(school.urn),
            "status": .string(school.status.label),
            "tagClass": .string(tagClass(school.status)),
            "phase": .string(pending ? "" : school.phase.label),
            "localAuthority": .string(school.localAuthority),
            "staffCount": .string(pending ? "" : String(school.staffCount)),
            "ectCount": .string(pending ? "" : String(school.ectCount)),
        ]
    }

    static func tagClass(_ status: SchoolListing.Status) -> String {
        switch status {
        case .pending: "tag--blue"
        case .authorised: "tag--green"
        case .suspended: "tag--red"
        }
    }

    private static func filter(_ value: String, _ label: String, current: String) -> TemplateValue {
        ["label": .string(label), "href": .string(value.isEmpty ? "/ab/schools" : "/ab/schools?status=\(value)"),
         "current": .bool(value == current)]
    }
}
