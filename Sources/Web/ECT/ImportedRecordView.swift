import Induction
import Templates

/// What an earlier appropriate body's Induct exported, shown read-only on the record page.
enum ImportedRecordView {
    static func values(_ records: [ImportedRecord]) -> TemplateFields {
        ["importedRecords": .list(records.map { record in
            let imported = CalendarDate(iso: String(record.importedAt.prefix(10)))?.ukLong ?? record.importedAt
            return [
                "heading": .string("Imported from \(record.sourceAppropriateBody) on \(imported); "
                    + (record.signaturesVerified ? "signatures verified" : "signatures do not match")),
                "termsServed": .string(record.termsServed.description),
                "periods": .list(record.periods.map(period)),
                "absences": .list(record.absences.map(absence)),
                "hasAbsences": .bool(!record.absences.isEmpty),
                "reports": .list(record.reports.map(ExportedReportView.values)),
                "hasReports": .bool(!record.reports.isEmpty),
            ]
        }), "hasImportedRecords": .bool(!records.isEmpty)]
    }

    static func period(_ period: ExportedPeriod) -> TemplateValue {
        let start = CalendarDate(iso: period.startDate)?.ukLong ?? period.startDate
        let end = period.endDate.map { CalendarDate(iso: $0)?.ukLong ?? $0 } ?? "the export"
        return ["school": .string(period.schoolName), "urn": .string(period.schoolURN), "dates": .string("\(start) to \(end)"),
                "terms": .string(TermsServed(thousandths: period.termsServedThousandths).description)]
    }

    static func absence(_ absence: ExportedAbsence) -> TemplateValue {
        let start = CalendarDate(iso: absence.startDate)?.ukLong ?? absence.startDate
        let end = CalendarDate(iso: absence.endDate)?.ukLong ?? absence.endDate
        return ["dates": .string("\(start) to \(end)"), "days": .int(absence.days),
                "category": .string(AbsenceCategory(rawValue: absence.category)?.label ?? absence.category)]
    }
}
