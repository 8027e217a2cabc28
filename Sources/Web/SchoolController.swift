import HTTP
import Induction
import SQLite
import Templates

/// A school's home: its ECTs, for everyone at the school in the role they are acting in.
struct SchoolController: Sendable {
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let schoolID = try context.id("schoolID")
        guard let roster = try services.database.read({ try InductionDirectory().roster(schoolID: schoolID, $0) }) else {
            throw HTTPError.notFound
        }
        let role = context.principal?.active.role
        let isStaffHere = context.principal?.active.schoolID == schoolID
        let heading = isStaffHere ? "\(role?.title ?? "School") home" : roster.school.name
        return try pages.render("pages/school_home", title: "\(roster.school.name)", context: context, values: [
            "heading": .string(heading),
            "schoolName": .string(roster.school.name),
            "urn": .string(roster.school.urn),
            "school": ECTListView.school(roster),
            "canOpenRecords": .bool(role != .schoolAdmin),
        ])
    }
}
