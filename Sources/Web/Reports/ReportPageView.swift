import Foundation
import Induction
import Templates

/// The values of a report's page and its print view: header, state and dates, the school's part
/// (a form for its writers while the school has it), the ECT's comments, signatures with their
/// hashes and whether they still hold, the history, and what the viewer may do next.
struct ReportPageView {
    let page: ReportPage
    let today: CalendarDate
    /// What was typed, when a form comes back with errors; otherwise the stored content.
    var typed: [String: String]?
    var errors: [String: String] = [:]

    var report: Report { page.report }

    var title: String { "\(report.kind.label), term \(report.termNumber)" }

    var values: TemplateFields {
        let header = page.header
        // Encodes the whole report: once a page, not once a signature.
        let seal = report.sealHash
        let viewer = page.viewer
        let state = report.state
        let summary = ReportSummary(reportFor: report)
        let signable = SignerRole.required(for: report.kind).filter { viewer.signerRoles.contains($0) && !report.signedRoles.contains($0) }
        let inSigning = state == .shared || state == .awaitingSignatures || state == .returned
        let contentValues = typed ?? report.content.fields
        var values: TemplateFields = [
            "reportID": .int(report.id), "version": .int(report.version),
            "title": .string(title),
            "ectName": .string(header.ectName), "recordHref": .string("/ects/\(report.ectID)"),
            "header": .list(headerRows.map { ["key": .string($0.0), "value": .string($0.1)] }),
            "stateLabel": .string(state.label), "stateTag": .string(Self.tag(state)),
            "dueDate": .string(report.dueDate.ukLong), "earliestSubmission": .string(report.earliestSubmission.ukLong),
            "isLate": .bool(summary.isLate(today: today)),
            "returnReason": TemplateValue(state == .returned ? report.returnReason : nil),
            "canEdit": .bool(viewer.writes && state.isWithSchool),
            "fields": .list(ReportFieldsView(form: report.form, values: contentValues, errors: errors).fields),
            "ectComments": .string(typed?[ReportContent.ectCommentsField] ?? report.content.ectComments),
            "ectCommentsError": TemplateValue(errors[ReportContent.ectCommentsField]),
            "canComment": .bool(viewer.signerRoles.contains(.ect) && inSigning),
            "canShare": .bool(viewer.writes && state == .draft),
            "canSubmit": .bool(viewer.writes && (state == .awaitingSignatures || state == .returned)),
            "signRoles": .list(inSigning ? signable.enumerated().map { index, role in
                ["value": .string(role.rawValue), "label": .string(role.title), "first": .bool(index == 0)]
            } : []),
            "hasSignRoles": .bool(inSigning && !signable.isEmpty),
            "hasSignatures": .bool(!report.signatures.isEmpty),
            "hasHistory": .bool(!page.history.isEmpty),
            "askPassword": .bool(!page.recentlyConfirmed),
            "offerCode": .bool(!page.recentlyConfirmed && page.usesEmailedCode),
            "passwordError": TemplateValue(errors["password"]),
            "canDecide": .bool(viewer.isAppropriateBody && state == .submitted),
            "reasonsError": TemplateValue(errors["reasons"]),
            "detailsError": TemplateValue(errors["details"]),
            "returnReasons": .list(ReturnForm.commonReasons.map { ["value": .string($0.value), "label": .string($0.label)] }),
            "returnSections": .list(ReturnForm.sections.map { ["value": .string($0.value), "label": .string($0.label)] }),
            "signatures": .list(signatureRows(seal: seal)),
            "sealHash": .string(seal),
            "signaturesHold": .bool(report.signaturesHold(seal: seal)),
            "history": .list(page.history.map { change in
                ["field": .string(change.field), "author": .string(change.author), "when": .string(DisplayTime.format(change.changedAt)),
                 "old": .string(change.oldValue), "new": .string(change.newValue)]
            }),
            "printHref": .string("/reports/\(report.id)/print"),
            "evidence": .list(page.evidence.map { file in
                ["id": .int(file.id), "summary": .string(file.summary), "href": .string("/reports/\(report.id)/evidence/\(file.id)"),
                 "uploader": .string(file.uploaderName), "when": .string(DisplayTime.format(file.uploadedAt)), "sha256": .string(file.sha256)]
            }),
            "hasEvidence": .bool(!page.evidence.isEmpty),
            "fileError": TemplateValue(errors["file"]),
        ]
        values.merge(ErrorSummary(errors.map { (field: anchor($0.key), message: $0.value) }.sorted { $0.field < $1.field })
            .templateValues) { _, new in new }
        return values
    }

    private var headerRows: [(String, String)] {
        let header = page.header
        var rows = [("ECT", header.ectName), ("TRN", header.trn), ("School", header.schoolName), ("Induction tutor", header.tutor),
                    ("Mentor", header.mentor),
                    ("Induction period", header.periodStart.ukLong + (header.periodEnd.map { " to \($0.ukLong)" } ?? " onwards")),
                    ("Term", "Term \(report.termNumber)"),
                    ("Working pattern", header.fte.percent == 100 ? "Full time" : "Part time, \(header.fte.percent)% FTE"),
                    ("Days absent in the period", String(header.daysAbsent)),
                    (report.kind.isFormalAssessment ? "Assessment date" : "Review date", report.meetingDate.ukLong)]
        if report.kind == .interimAssessment {
            rows.append(("Terms served", header.termsServed?.oneDecimal ?? "Not known"))
            rows.append(("Days absent since the last formal assessment", String(header.daysAbsentSinceLastAssessment ?? 0)))
            rows.append(("Leaving date", header.periodEnd?.ukLong ?? "Not recorded"))
            rows.append(("Next school", header.nextSchool.isEmpty ? "Not known" : header.nextSchool))
        }
        return rows
    }

    private func signatureRows(seal: String) -> [TemplateValue] {
        report.signatures.map { signature in
            ["role": .string(signature.role.title), "name": .string(signature.signerName), "when": .string(DisplayTime.format(signature.signedAt)),
             "hash": .string(signature.contentHash), "cleared": TemplateValue(signature.clearedAt.map(DisplayTime.format)),
             "holds": .bool(signature.clearedAt == nil && signature.contentHash == seal)]
        }
    }

    /// The error summary links to the control: the first radio of a choice, the day box of a date.
    private func anchor(_ field: String) -> String {
        if field == "meeting-date" { return "meeting-date-day" }
        if field == "reasons" { return "reason-\(ReturnForm.commonReasons[0].value)" }
        if ["password", "details", "file", ReportContent.ectCommentsField].contains(field) { return field }
        let radios = ["on-track", "recommendation", "progress"]
        if radios.contains(field) || field.hasPrefix("judgement-") { return "\(field)-1" }
        if field.hasPrefix("question-"), report.form.questions.contains(where: { "question-\($0.id)" == field && ($0.answerType == .yesNo || $0.answerType == .oneChoice) }) {
            return "\(field)-1"
        }
        return field
    }

    static func tag(_ state: ReportState) -> String {
        switch state {
        case .draft: "tag--grey"
        case .shared, .awaitingSignatures: "tag--blue"
        case .submitted: "tag--blue"
        case .returned: "tag--red"
        case .accepted: "tag--green"
        }
    }
}
