import HTTP
import Induction
import Templates

/// ECTs: the appropriate body's list of every school's ECTs, one ECT's record, and an ECT's own.
struct ECTController: Sendable {
    let services: Services
    let pages: PageRenderer

    static let filterFields = [FormField(name: "urn", label: "School URN", hint: "Six digits, for example 107512", width: "10")]

    /// GET /ects: 50 rows a page (issue 12 item 2), optionally one school's, with links to the pages
    /// around it that keep the filter.
    func index(_ context: RequestContext) throws -> HTTPResponse {
        let urn = String((context.request.queryValue("urn") ?? "").trimmingCharacters(in: .whitespaces).prefix(20))
        let requested = context.request.queryValue("page")
        let list = try services.reader.ectListPage(urn: urn) { AdminPaging(requested: requested, total: $0).window }
        var values = ECTListView(rosters: list.rosters, ectCount: list.ectCount, schoolCount: list.schoolCount).values
        values.merge(FormView(fields: Self.filterFields, values: ["urn": urn], errors: [:]).templateValues) { $1 }
        values["filtered"] = .bool(!urn.isEmpty)
        values["canOpenRecords"] = true
        values["pagination"] = AdminPaging(requested: requested, total: list.rowCount)
            .values(path: "/ects", filters: [("urn", urn)], nouns: ("row", "rows"))
        return try pages.render("pages/ects", title: "Schools and ECTs", context: context, values: values)
    }

    /// GET /ects.csv: every ECT the appropriate body holds, one row each (issue 10 item 5).
    func csv(_ context: RequestContext) throws -> HTTPResponse {
        let today = services.time.today
        let text = ECTListCSV.text(try services.reader.ectList(today: today))
        return HTTPResponse(status: 200, headers: HTTPHeaders([
            ("Content-Type", "text/csv; charset=utf-8"),
            ("Content-Disposition", "attachment; filename=\"ects-\(today.iso).csv\""),
            ("Cache-Control", "no-store"),
        ]), body: Array(text.utf8))
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
        // The ECT's own view never takes the former-school path: they have no school role.
        let viewerSchool = ownRecord ? nil : context.principal?.active.schoolID
        switch try services.reader.ectRecordPage(ectID: id, viewerSchoolID: viewerSchool, withContact: ownRecord) {
        case nil: throw HTTPError.notFound
        case .former(let former): return try formerRecord(context, former)
        case .current(let record, let calendar, let body, let reports):
            return try current(context, record: record, calendar: calendar, body: body, reports: reports, ownRecord: ownRecord)
        }
    }

    private func current(_ context: RequestContext, record: ECTRecord, calendar: TermCalendarResult?, body: AppropriateBodyProfile?,
                         reports: [ReportSummary], ownRecord: Bool) throws -> HTTPResponse {
        let ect = record.ect
        var values = ECTListView.ect(ect).dictionaryValue
        values["heading"] = .string(ownRecord ? "Your induction" : ect.fullName)
        values["schoolName"] = .string(record.schoolName)
        values["schoolHref"] = .string("/schools/\(ect.schoolID)")
        values["ownRecord"] = .bool(ownRecord)
        // SG 2.28, 2.64: the ECT is told whom to go to with a concern, someone not assessing them.
        values["ectContact"] = body.flatMap { $0.hasECTContact ? $0 : nil }.map {
            .dictionary(["contactName": .string($0.contactName), "contactEmail": .string($0.contactEmail)])
        } ?? .null
        let today = services.time.today
        if let change = record.fteChanges.last(where: { $0.effective <= today }) {
            values["workingPattern"] = .string("\(change.fte.label) from \(change.effective.ukLong)")
        }
        let scope = Scope.ect(id: ect.id, schoolID: ect.schoolID)
        let allowed = { (action: Action) in !ownRecord && AccessPolicy.allows(context.principal, action, scope) }
        // Issue 9 items 9–10: each due item's report, or the start button for the school's writers.
        let principal = context.principal
        let timeline = calendar.map { result in
            ECTTimelineView(result: result, today: today, notes: ECTTimelineNotes.notes(record, result),
                            reports: reports.filter { $0.periodID == record.period?.id },
                            startAction: allowed(.writeReport) ? "/ects/\(ect.id)/reports" : nil,
                            canOpen: { report in
                                AccessPolicy.allows(principal, .viewReport, .report(id: report.id, ectID: ect.id, schoolID: ect.schoolID,
                                                                                    ectSchoolID: ect.schoolID, isDraft: report.state == .draft))
                            })
        }
        values.merge(ECTTimelineView.pageValues(timeline)) { _, new in new }
        // SG 2.62: induction continues well when the new school reads what the earlier one wrote.
        let earlier: [TemplateValue] = reports.filter { $0.periodID != record.period?.id }.compactMap { report in
            let scope = Scope.report(id: report.id, ectID: ect.id, schoolID: report.schoolID, ectSchoolID: ect.schoolID,
                                     isDraft: report.state == .draft)
            guard AccessPolicy.allows(principal, .viewReport, scope) else { return nil }
            return ["label": .string("\(report.kind.label), term \(report.termNumber)"), "state": .string(report.state.label),
                    "href": .string("/reports/\(report.id)")]
        }
        values["earlierReports"] = .list(earlier)
        values["hasEarlierReports"] = .bool(!earlier.isEmpty)
        values.merge(ECTRecordView(record: record, result: calendar, canChangeAbsences: allowed(.recordAbsence),
                                   today: today).values) { _, new in new }
        values["absenceHref"] = TemplateValue(allowed(.recordAbsence) ? "/ects/\(ect.id)/absences/new" : nil)
        values["leavingHref"] = TemplateValue(allowed(.recordLeaving) ? "/ects/\(ect.id)/leaving" : nil)
        values["workingPatternHref"] = TemplateValue(allowed(.correctRecord) ? "/ects/\(ect.id)/working-pattern" : nil)
        values["programmeHref"] = TemplateValue(allowed(.correctRecord) ? "/ects/\(ect.id)/programme" : nil)
        values["adjustmentHref"] = TemplateValue(allowed(.adjustInduction) ? "/ects/\(ect.id)/adjustments/new" : nil)
        values["staffHref"] = TemplateValue(allowed(.assignTutorAndMentor) ? "/ects/\(ect.id)/tutor-and-mentor" : nil)
        values["observationsSection"] = try observationsSection(context, ect: ect, ownRecord: ownRecord)
        values["banner"] = TemplateValue(Self.banner(context.request.queryValue("saved")))
        if ownRecord {
            values.merge(ECTTasksView(tasks: try services.reader.ectTasks(ectID: ect.id), nextDue: calendar?.nextDueItem(after: today)).values) { $1 }
        }
        values.merge(ImportedRecordView.values(try services.reader.importedRecords(ectID: ect.id))) { _, new in new }
        values["exportHref"] = TemplateValue(AccessPolicy.allows(principal, .exportECTRecord, scope) ? "/ects/\(ect.id)/export" : nil)
        return try pages.render("pages/ect_record", title: ownRecord ? "Your induction" : ect.fullName, context: context, values: values)
    }

    /// The confirmation after a form, from a known value only.
    static func banner(_ saved: String?) -> String? {
        switch saved {
        case "absence": "The absence has been recorded."
        case "absence-corrected": "The absence has been corrected."
        case "absence-deleted": "The absence has been deleted."
        case "working-pattern": "The change of working pattern has been recorded."
        case "programme": "The training programme has been changed."
        case "absence-threshold": "The absence has been recorded. The ECT has reached 30 days’ absence in a year of induction: "
            + "the year is extended, and the headteacher and the appropriate body have been emailed."
        case "leaving": "The leaving date has been recorded and the induction period at this school is closed."
        case "extension": "The extension has been recorded."
        case "reduction": "The reduction has been recorded."
        case "staff": "The induction tutor and mentor have been saved."
        case "observation": "The lesson observation has been recorded."
        case "mentor-meeting": "The mentor meeting has been logged."
        case "transfer": "The transferred record has been imported and its signatures verified."
        default: nil
        }
    }
}

extension TemplateValue {
    /// The entries of a dictionary value; empty for anything else.
    var dictionaryValue: TemplateFields {
        if case .dictionary(let entries) = self { return entries }
        return [:]
    }
}
