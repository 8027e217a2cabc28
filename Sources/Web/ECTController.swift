import HTTP
import Induction
import SQLite
import Templates

/// ECTs: the appropriate body's list of every school's ECTs, one ECT's record, and an ECT's own.
struct ECTController: Sendable {
    let services: Services
    let pages: PageRenderer

    func index(_ context: RequestContext) throws -> HTTPResponse {
        let rosters = try services.database.read { try InductionDirectory().rosters($0) }
        var values = ECTListView(rosters: rosters).values
        values["canOpenRecords"] = true
        return try pages.render("pages/ects", title: "Schools and ECTs", context: context, values: values)
    }

    func show(_ context: RequestContext) throws -> HTTPResponse {
        try record(context, id: try context.id("ectID"), ownRecord: false)
    }

    /// SG 2.79: the ECT sees their own record; later issues add who has access to it.
    func mine(_ context: RequestContext) throws -> HTTPResponse {
        guard let grant = context.principal?.active, grant.role == .ect, let ectID = grant.ectID else {
            throw HTTPError(status: 403, title: "You do not have access to this page",
                            message: "This page is for early career teachers. Switch to your ECT role to see your induction.")
        }
        return try record(context, id: ectID, ownRecord: true)
    }

    private func record(_ context: RequestContext, id: Int, ownRecord: Bool) throws -> HTTPResponse {
        let found = try services.database.read { connection -> (ECT, School, TermDates, AppropriateBodyProfile?)? in
            guard let ect = try InductionDirectory().ect(id: id, connection),
                  let roster = try InductionDirectory().roster(schoolID: ect.schoolID, connection) else { return nil }
            return (ect, roster.school, try TermDatesStore().load(connection),
                    ownRecord ? try AppropriateBodyProfile.load(connection) : nil)
        }
        guard let (ect, school, termDates, body) = found else { throw HTTPError.notFound }
        var values = ECTListView.ect(ect).dictionaryValue
        values["heading"] = .string(ownRecord ? "Your induction" : ect.fullName)
        values["schoolName"] = .string(school.name)
        values["schoolHref"] = .string("/schools/\(school.id)")
        values["ownRecord"] = .bool(ownRecord)
        // SG 2.28, 2.64: the ECT is told whom to go to with a concern, someone not assessing them.
        values["ectContact"] = body.flatMap { $0.hasECTContact ? $0 : nil }.map {
            .dictionary(["contactName": .string($0.contactName), "contactEmail": .string($0.contactEmail)])
        } ?? .null
        let input = ECTTimelineView.input(for: ect, termDates: termDates)
        values.merge(ECTTimelineView.pageValues(input, today: services.time.today)) { _, timeline in timeline }
        return try pages.render("pages/ect_record", title: ownRecord ? "Your induction" : ect.fullName, context: context, values: values)
    }
}

extension TemplateValue {
    /// The entries of a dictionary value; empty for anything else.
    var dictionaryValue: [String: TemplateValue] {
        if case .dictionary(let entries) = self { return entries }
        return [:]
    }
}
