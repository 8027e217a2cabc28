import Foundation
import HTTP
import Induction
import Templates

/// GET and POST /ab/ect-transfers (issue 11 item 8): the receiving appropriate body imports a
/// transferring ECT's record exported by another Induct, as a file or pasted, for a school here.
struct ECTTransferController: Sendable {
    let services: Services
    let pages: PageRenderer

    func show(_ context: RequestContext) throws -> HTTPResponse {
        try render(context, values: [:], errors: [], status: 200)
    }

    func submit(_ context: RequestContext) throws -> HTTPResponse {
        let form = context.form
        let pasted = form["document"]
        let data = form.file("file").flatMap { $0.body.isEmpty ? nil : Data($0.body) } ?? Data(pasted.utf8)
        let values = ["urn": form["urn"].trimmingCharacters(in: .whitespaces), "startDay": form["startDay"],
                      "startMonth": form["startMonth"], "startYear": form["startYear"]]
        var errors: [(field: String, message: String)] = []
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }) {
            errors.append((field: "document", message: "Choose the exported .json file, or paste its text"))
        }
        // The school by URN, typed: an appropriate body may have thousands (issue 12), too many to list.
        let urn = values["urn"] ?? ""
        let wellFormed = urn.utf8.count == 6 && urn.utf8.allSatisfy { (48...57).contains($0) }
        let schoolID = try wellFormed ? services.reader.schoolID(urn: urn) : nil
        if !wellFormed {
            errors.append((field: "urn", message: "Enter the school’s URN: 6 digits, as on the schools list"))
        } else if schoolID == nil {
            errors.append((field: "urn", message: "No school here has the URN \(urn)"))
        }
        let start = Int(values["startYear"] ?? "").flatMap { year in
            Int(values["startMonth"] ?? "").flatMap { month in
                Int(values["startDay"] ?? "").flatMap { CalendarDate(year: year, month: month, day: $0) }
            }
        }
        if start == nil { errors.append((field: "startDay", message: "Enter the first day at the new school as a real date, like 6 1 2027")) }
        guard errors.isEmpty, let schoolID, let start else { return try render(context, values: values, errors: errors, status: 422) }
        do {
            let ectID = try ImportTransferredECT(store: services.store).importRecord(document: data, schoolID: schoolID, startDate: start,
                                                                                     author: context.author)
            return .redirect(to: "/ects/\(ectID)?saved=transfer")
        } catch let refusal as TransferRefusal {
            let field = refusal.field == "startDate" ? "startDay" : refusal.field == "schoolID" ? "urn" : refusal.field
            return try render(context, values: values, errors: [(field: field, message: refusal.message)], status: 422)
        }
    }

    private func render(_ context: RequestContext, values: [String: String], errors: [(field: String, message: String)],
                        status: Int) throws -> HTTPResponse {
        let error = { (field: String) in TemplateValue(errors.first { $0.field == field }?.message) }
        var page: TemplateFields = [
            "urn": .string(values["urn"] ?? ""),
            "documentError": error("document"), "schoolError": error("urn"), "startError": error("startDay"),
            "startDay": .string(values["startDay"] ?? ""), "startMonth": .string(values["startMonth"] ?? ""),
            "startYear": .string(values["startYear"] ?? ""),
        ]
        page.merge(ErrorSummary(errors).templateValues) { _, new in new }
        return try pages.render("pages/ab_ect_transfer", title: "Import a transferring ECT's record", context: context, status: status,
                                values: page)
    }
}
