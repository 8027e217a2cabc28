import HTTP
import Induction

/// Issue 9 item 4: the writers attach evidence files to a report and remove them; everyone who may
/// read the report downloads them, always as attachments and with the type their content is.
struct EvidenceController: Sendable {
    let reports: ReportController
    var services: Services { reports.services }

    func upload(_ context: RequestContext) throws -> HTTPResponse {
        let page = try reports.page(context)
        guard let file = context.form.file("file"), !(file.filename ?? "").isEmpty else {
            return try reports.refused(context, page, ["file": "Choose a file to attach"])
        }
        do {
            _ = try AttachEvidence(store: services.store).attach(reportID: page.report.id, fileName: file.filename ?? "", bytes: file.body,
                                                                author: context.author)
            return .redirect(to: "/reports/\(page.report.id)?done=evidence-attached#evidence")
        } catch let refusal as EvidenceRefusal {
            return try reports.refused(context, page, ["file": refusal.message])
        }
    }

    func download(_ context: RequestContext) throws -> HTTPResponse {
        guard let found = try services.reader.evidenceDownload(reportID: try context.id("reportID"), fileID: try context.id("fileID")) else {
            throw HTTPError.notFound
        }
        return HTTPResponse(status: 200, headers: HTTPHeaders([
            ("Content-Type", found.file.mediaType),
            ("Content-Disposition", Self.attachment(found.file.fileName)),
            ("X-Content-Type-Options", "nosniff"),
            ("Cache-Control", "no-store"),
        ]), body: found.bytes)
    }

    func remove(_ context: RequestContext) throws -> HTTPResponse {
        let page = try reports.page(context)
        do {
            guard try RemoveEvidence(store: services.store).remove(reportID: page.report.id, fileID: try context.id("fileID"),
                                                                   author: context.author) else { throw HTTPError.notFound }
            return .redirect(to: "/reports/\(page.report.id)?done=evidence-removed#evidence")
        } catch let refusal as EvidenceRefusal {
            if refusal == .noSuchFile { throw HTTPError.notFound }
            return try reports.refused(context, page, ["file": refusal.message])
        }
    }

    /// RFC 6266: an ASCII fallback name in quotes and the real one percent-encoded as UTF-8.
    static func attachment(_ name: String) -> String {
        let fallback = String(name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = name.utf8.map { byte -> String in
            let allowed = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || [0x2D, 0x2E, 0x5F, 0x7E].contains(byte)
            return allowed ? String(UnicodeScalar(byte)) : String(format: "%%%02X", byte)
        }.joined()
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
    }
}
