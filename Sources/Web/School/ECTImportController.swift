import HTTP
import Induction
import Templates

/// Issue 4 item 9: a school (or the appropriate body, naming each row's school by URN) pastes a
/// CSV of ECTs; every row is checked and either all become pending registrations or none do.
/// Pasted or uploaded (issue 7 item 22: `multipart/form-data`, a chosen file winning over pasted
/// text); the CSRF middleware and the server allow these routes a larger body (2 MiB).
struct ECTImportController: Sendable {
    let services: Services
    let pages: PageRenderer
    /// True for /ab/ect-imports, false for /schools/:schoolID/ects/import.
    let appropriateBodyLevel: Bool

    /// How many problems the error summary lists before pointing to the table.
    static let summaryLimit = 10

    func show(_ context: RequestContext) throws -> HTTPResponse {
        var banner: String?
        if let text = context.request.queryValue("imported"), text.count <= 5, let count = Int(text), count > 0 {
            banner = count == 1 ? "1 ECT imported. They wait for the appropriate body to confirm them."
                : "\(count) ECTs imported. They wait for the appropriate body to confirm them."
        }
        return try render(context, csv: "", errors: [], banner: banner, status: 200)
    }

    /// The CSV to import: the uploaded file's text if a file was chosen, else the pasted text.
    /// A file must be UTF-8 (a byte order mark is dropped); otherwise the message for the file field.
    static func csvText(_ form: FormValues) -> Result<String, FileProblem> {
        guard let file = form.file("file") else { return .success(form["csv"]) }
        var bytes = file.body[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        guard !bytes.isEmpty else { return .failure(FileProblem(message: "The selected file is empty")) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(FileProblem(message: "The selected file must be a CSV file saved as UTF-8 (in Excel, save as \"CSV UTF-8\")"))
        }
        return .success(text)
    }

    struct FileProblem: Error {
        let message: String
    }

    func template(_ context: RequestContext) throws -> HTTPResponse {
        _ = try place(context)
        return Self.csv(ECTImportCSV.template(appropriateBodyLevel: appropriateBodyLevel), filename: "ect-import-template.csv")
    }

    func submit(_ context: RequestContext) throws -> HTTPResponse {
        let place = try place(context)
        let text: String
        switch Self.csvText(context.form) {
        case .success(let csv): text = csv
        case .failure(let problem):
            return try render(context, csv: context.form["csv"], errors: [], fileError: problem.message, banner: nil, status: 422)
        }
        let outcome = try ImportECTs(store: services.store).importCSV(text, schoolID: place.schoolID, author: context.author)
        switch outcome {
        case .imported(let count):
            return .redirect(to: "\(place.base)?imported=\(count)")
        case .refused(let errors):
            // Audited like other rejected forms: how many problems, never the values.
            services.audit(AuditEvent(author: context.author, action: .formRejected, recordType: "ect_import",
                                      detail: "\(errors.count) problem(s) on \(Set(errors.compactMap(\.row)).count) row(s)"))
            return try render(context, csv: text, errors: errors, banner: nil, status: 422)
        }
    }

    /// The problems with the posted text as `row,column,message`; checks only, never imports.
    func errorsCSV(_ context: RequestContext) throws -> HTTPResponse {
        let place = try place(context)
        let errors = try services.reader.ectImportProblems(context.form["csv"], schoolID: place.schoolID, today: services.time.today)
        return Self.csv(ECTImportCSV.errors(errors), filename: "ect-import-errors.csv")
    }

    private static func csv(_ text: String, filename: String) -> HTTPResponse {
        HTTPResponse(status: 200, headers: HTTPHeaders([("Content-Type", "text/csv; charset=utf-8"),
                                                        ("Content-Disposition", "attachment; filename=\"\(filename)\""),
                                                        ("Cache-Control", "no-store")]),
                     body: Array(text.utf8))
    }

    /// Where the import happens: the school (404 when there is none) or the appropriate body.
    private func place(_ context: RequestContext) throws -> (schoolID: Int?, name: String, base: String, backHref: String) {
        guard !appropriateBodyLevel else { return (nil, "Appropriate body", "/ab/ect-imports", "/ab") }
        let schoolID = try context.id("schoolID")
        guard let name = try services.reader.schoolName(id: schoolID) else { throw HTTPError.notFound }
        return (schoolID, name, "/schools/\(schoolID)/ects/import", "/schools/\(schoolID)")
    }

    private func render(_ context: RequestContext, csv: String, errors: [ECTImportError], fileError: String? = nil,
                        banner: String?, status: Int) throws -> HTTPResponse {
        let place = try place(context)
        var summary = ErrorSummary(errors.prefix(Self.summaryLimit).map { ("csv", $0.summary) })
        if let fileError { summary.prepend(field: "file", message: fileError) }
        let more = errors.count - summary.items.count
        let columns = ECTCSVColumn.columns(appropriateBodyLevel: appropriateBodyLevel).map { column -> TemplateValue in
            ["name": .string(column.name), "description": .string(column.description)]
        }
        let rows = errors.map { error -> TemplateValue in
            ["row": .string(error.row.map(String.init) ?? "Whole file"), "column": .string(error.column), "message": .string(error.message)]
        }
        var values: TemplateFields = [
            "placeName": .string(place.name),
            "backHref": .string(place.backHref),
            "backLabel": .string(appropriateBodyLevel ? "Back to appropriate body home" : "Back to \(place.name)"),
            "isAppropriateBody": .bool(appropriateBodyLevel),
            "action": .string(place.base),
            "errorsAction": .string("\(place.base)/errors.csv"),
            "templateHref": .string("\(place.base)/template.csv"),
            "rowLimit": .string("1,000"),
            "columns": .list(columns),
            "csv": .string(csv),
            "importedBanner": TemplateValue(banner),
            "hasRowErrors": .bool(!errors.isEmpty),
            "fileError": TemplateValue(fileError),
            "moreErrors": more > 0 ? .string("and \(more) more: see the table below") : .null,
            "errorCount": .string(errors.count == 1 ? "1 problem" : "\(errors.count) problems"),
            "errorRows": .list(rows),
        ]
        values.merge(summary.templateValues) { _, new in new }
        return try pages.render("pages/ect_import", title: "Import ECTs from a CSV file", context: context, status: status, values: values)
    }
}
