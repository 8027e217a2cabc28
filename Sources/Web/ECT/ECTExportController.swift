import Foundation
import HTTP
import Induction
import Templates

/// GET /ects/:ectID/export.json and /ects/:ectID/export (issue 11 item 8): everything held about
/// the ECT, as a download another Induct can import and as a page that prints.
struct ECTExportController: Sendable {
    let services: Services
    let pages: PageRenderer

    func json(_ context: RequestContext) throws -> HTTPResponse {
        let export = try load(context)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return HTTPResponse(status: 200, headers: HTTPHeaders([
            ("Content-Type", "application/json; charset=utf-8"),
            ("Content-Disposition", "attachment; filename=\"induct-record-\(export.ect.trn).json\""),
            ("Cache-Control", "no-store"),
        ]), body: [UInt8](try encoder.encode(export)))
    }

    func page(_ context: RequestContext) throws -> HTTPResponse {
        let export = try load(context)
        let ectID = try context.id("ectID")
        let date = { (iso: String?) -> String in iso.map { CalendarDate(iso: $0)?.ukLong ?? $0 } ?? "Not recorded" }
        let values: TemplateFields = [
            "name": .string(export.ect.fullName), "trn": .string(export.ect.trn), "bodyName": .string(export.appropriateBody),
            "exportedAt": .string(DisplayTime.format(export.exportedAt)),
            "jsonHref": .string("/ects/\(ectID)/export.json"),
            "details": .list([
                ("Date of birth", date(export.ect.dateOfBirth)), ("QTS awarded", date(export.ect.qtsDate)),
                ("Email", export.ect.email.isEmpty ? "Not recorded" : export.ect.email),
                ("Induction start", date(export.ect.inductionStartDate)), ("Working pattern", "\(export.ect.ftePercent)% FTE"),
                ("Training programme", export.ect.trainingProgramme), ("Lead provider", export.ect.leadProvider),
                ("Terms served before this appropriate body", TermsServed(thousandths: export.ect.termsServedBeforeThousandths).description),
                ("Terms served in all", export.termsServed.description),
                ("Decision", export.decision.map { "\($0.outcome), \(date($0.decidedOn))" } ?? "None yet"),
            ].map { ["key": .string($0.0), "value": .string($0.1)] }),
            "periods": .list(export.periods.map(ImportedRecordView.period)),
            "fteChanges": .list(export.fteChanges.map { ["date": .string(date($0.effectiveDate)), "fte": .int($0.ftePercent)] }),
            "hasFTEChanges": .bool(!export.fteChanges.isEmpty),
            "absences": .list(export.absences.map(ImportedRecordView.absence)),
            "hasAbsences": .bool(!export.absences.isEmpty),
            "adjustments": .list(export.adjustments.map {
                ["kind": .string($0.kind), "terms": .string(TermsServed(tenths: $0.termsTenths).description), "reason": .string($0.reason),
                 "replaced": .bool($0.replacedAt != nil)]
            }),
            "hasAdjustments": .bool(!export.adjustments.isEmpty),
            "reports": .list(export.reports.map(ExportedReportView.values)),
            "hasReports": .bool(!export.reports.isEmpty),
            "history": .list(export.history.map {
                ["when": .string(DisplayTime.format($0.occurredAt)), "who": .string($0.actor),
                 "what": .string(AuditAction(rawValue: $0.action)?.label ?? $0.action), "detail": .string($0.detail)]
            }),
        ]
        return try pages.render("pages/ect_export", title: "Whole record: \(export.ect.fullName)", context: context, values: values)
    }

    private func load(_ context: RequestContext) throws -> ECTRecordExport {
        guard let export = try services.reader.ectRecordExport(ectID: try context.id("ectID"), today: services.time.today,
                                                               now: services.time.now()) else { throw HTTPError.notFound }
        return export
    }
}
