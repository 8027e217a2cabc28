import HTTP
import Induction
import Templates

/// SG 2.79: GET /my-induction/access, the ECT's list of who can see their record and why, and the
/// log of who opened their reports and when (their own visits left out).
struct RecordAccessController: Sendable {
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        let ectID = try ECTConcernsController.ownECTID(context)
        guard let access = try services.reader.recordAccess(ectID: ectID) else { throw HTTPError.notFound }
        return try pages.render("pages/ect_access", title: "Who can see your record", context: context, values: [
            "people": .list(access.people.map { person in
                ["name": .string(person.name), "role": .string(person.role.title), "place": .string(person.place),
                 "reason": .string(person.reason),
                 "lastOpened": TemplateValue(person.lastOpenedReportAt.map(DisplayTime.format)),
                 "lastOpenedISO": .string(person.lastOpenedReportAt ?? "")]
            }),
            "views": .list(access.views.map { view in
                ["name": .string(view.viewerName), "role": .string(view.role.title), "place": .string(view.place),
                 "report": .string(view.reportTitle), "href": .string("/reports/\(view.reportID)"),
                 "at": .string(DisplayTime.format(view.viewedAt)), "atISO": .string(view.viewedAt)]
            }),
            "hasViews": .bool(!access.views.isEmpty),
            "viewLimit": .int(RecordAccess.viewLimit),
        ])
    }
}
