import Induction
import Templates

/// One exported or imported report as the printable record and the record page show it: every
/// field by name, the signatures and whether each still seals the content.
enum ExportedReportView {
    static func values(_ report: ExportedReport) -> TemplateValue {
        let kind = DueItemKind(rawValue: report.kind)?.label ?? report.kind
        let state = ReportState(rawValue: report.state)?.label ?? report.state
        let recomputed = report.recomputedSealHash
        return .dictionary([
            "title": .string("\(kind), term \(report.termNumber)"),
            "state": .string(state),
            "meetingDate": .string(CalendarDate(iso: report.meetingDate)?.ukLong ?? report.meetingDate),
            "fields": .list(report.fields.sorted { $0.key < $1.key }.map { ["name": .string($0.key), "value": .string($0.value)] }),
            "returnReason": TemplateValue(report.returnReason.isEmpty ? nil : report.returnReason),
            "signatures": .list(report.signatures.map { signature in
                let holds = signature.clearedAt == nil && signature.contentHash == recomputed
                return ["role": .string(SignerRole(rawValue: signature.role)?.title ?? signature.role), "name": .string(signature.signerName),
                        "signedAt": .string(DisplayTime.format(signature.signedAt)), "hash": .string(signature.contentHash),
                        "status": .string(signature.clearedAt != nil ? "Cleared by a later edit" : holds ? "Verified" : "Does not match")]
            }),
            "hasSignatures": .bool(!report.signatures.isEmpty),
            "evidence": .list(report.evidence.map {
                ["name": .string($0.fileName), "sha256": .string($0.sha256), "removed": .bool($0.removedAt != nil)]
            }),
            "hasEvidence": .bool(!report.evidence.isEmpty),
            "sealHash": .string(report.sealHash),
        ])
    }
}
