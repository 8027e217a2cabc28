import HTTP
import Induction
import Templates

/// /ab/returns (issue 10 item 5): what the next claims and outcomes returns hold and why rows are
/// held back, exporting them in the DfE's format (the files kept to download), past exports, and
/// importing the error file the DfE's service sends back.
struct ReturnsController: Sendable {
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        try render(context, importError: nil, status: 200)
    }

    func export(_ context: RequestContext) throws -> HTTPResponse {
        guard let kind = DfEReturnKind(rawValue: context.form["kind"]) else { return try render(context, importError: nil, status: 422) }
        do {
            let export = try ExportDfEReturn(store: services.store).export(kind, author: context.author)
            return .redirect(to: "/ab/returns?exported=\(export.id)#exports")
        } catch let error as DfEReturnError {
            return try render(context, importError: error.description, status: 422)
        }
    }

    func importErrors(_ context: RequestContext) throws -> HTTPResponse {
        let text = context.form.file("file").map { String(decoding: $0.body, as: UTF8.self) } ?? context.form["csv"]
        do {
            let result = try ImportDfEErrors(store: services.store).importErrors(csv: text, author: context.author)
            return .redirect(to: "/ab/returns?marked=\(result.markedNotRecorded)#not-recorded")
        } catch let error as DfEReturnError {
            return try render(context, importError: error.description, status: 422)
        }
    }

    func download(_ context: RequestContext) throws -> HTTPResponse {
        let (exportID, number) = (try context.id("exportID"), try context.id("number"))
        guard let file = try services.reader.dfeExportFile(exportID: exportID, number: number) else { throw HTTPError.notFound }
        return HTTPResponse(status: 200, headers: HTTPHeaders([
            ("Content-Type", "text/csv; charset=utf-8"),
            ("Content-Disposition", "attachment; filename=\"dfe-\(file.kind.rawValue)-\(exportID)-\(number).csv\""),
            ("Cache-Control", "no-store"),
        ]), body: Array(file.text.utf8))
    }

    private func render(_ context: RequestContext, importError: String?, status: Int) throws -> HTTPResponse {
        let page = try services.reader.dfeReturnsPage(today: services.time.today)
        func refused(_ rows: [DfERefusedRow]) -> TemplateValue {
            .list(rows.map { ["trn": .string($0.trn), "reason": .string($0.reason)] })
        }
        var values: TemplateFields = [
            "claimsReady": .int(page.claims.rows.count), "claimsRefused": refused(page.claims.refused),
            "outcomesReady": .int(page.outcomes.rows.count), "outcomesRefused": refused(page.outcomes.refused),
            "fails": .list(page.outcomes.fails.map { ["trn": .string($0.trn), "name": .string($0.name), "decided": .string($0.decidedOn),
                                                     "told": .string($0.toldOn ?? "Not yet")] }),
            "hasFails": .bool(!page.outcomes.fails.isEmpty),
            "exports": .list(page.exports.map { export in
                ["id": .int(export.id), "kind": .string(export.kind.rawValue), "rows": .int(export.rowCount),
                 "notRecorded": .int(export.notRecordedCount), "by": .string(export.exportedBy), "when": .string(DisplayTime.format(export.exportedAt)),
                 "files": .list((1...max(export.fileCount, 1)).map { ["href": .string("/ab/returns/exports/\(export.id)/\($0)"), "number": .int($0)] })]
            }),
            "hasExports": .bool(!page.exports.isEmpty),
            "notRecorded": .list(page.notRecorded.map { ["trn": .string($0.trn), "kind": .string($0.kind.rawValue), "message": .string($0.errorMessage)] }),
            "hasNotRecorded": .bool(!page.notRecorded.isEmpty),
            "importError": TemplateValue(importError),
        ]
        values.merge(ErrorSummary(importError.map { [(field: "csv", message: $0)] } ?? []).templateValues) { _, new in new }
        return try pages.render("pages/ab_returns", title: "Returns to the DfE", context: context, status: status, values: values)
    }
}
