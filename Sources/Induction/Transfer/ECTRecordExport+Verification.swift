import Foundation

extension ECTRecordExport {
    /// Reads a document and refuses one this Induct cannot trust: an unknown version, impossible
    /// values, or a report whose content no longer matches its seal and signatures.
    public static func verified(from data: Data) throws -> ECTRecordExport {
        guard let document = try? JSONDecoder().decode(ECTRecordExport.self, from: data) else { throw TransferRefusal.notAnExport }
        guard document.formatVersion == currentFormatVersion else { throw TransferRefusal.unsupportedVersion(document.formatVersion) }
        if let problem = document.problem { throw TransferRefusal.invalid(problem) }
        for report in document.reports where !report.verifies {
            let kind = DueItemKind(rawValue: report.kind)?.label.lowercased() ?? report.kind
            throw TransferRefusal.signaturesDoNotMatch(report: "\(kind) for term \(report.termNumber)", appropriateBody: document.appropriateBody)
        }
        return document
    }

    /// The first value the schema would refuse, in words.
    var problem: String? {
        let body = appropriateBody.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.isEmpty || body.count > 200 { return "the exporting appropriate body has no name" }
        if TRN.normalise(ect.trn) != ect.trn || ect.trn.count != 7 { return "the TRN \(ect.trn) is not 7 digits" }
        if ect.firstName.trimmingCharacters(in: .whitespaces).isEmpty || ect.lastName.trimmingCharacters(in: .whitespaces).isEmpty {
            return "the ECT's name is missing"
        }
        guard let start = CalendarDate(iso: ect.inductionStartDate), start >= CalendarDate(iso: "2021-09-01")! else {
            return "the induction start date is missing or before 1 September 2021"
        }
        if FTE(percent: ect.ftePercent) == nil { return "the working pattern \(ect.ftePercent)% is not possible" }
        if !(0...16000).contains(termsServedThousandths) { return "the terms served are not possible" }
        if ect.dateOfBirth.map({ CalendarDate(iso: $0) == nil }) == true || ect.qtsDate.map({ CalendarDate(iso: $0) == nil }) == true {
            return "a date is not a real day"
        }
        for period in periods where CalendarDate(iso: period.startDate) == nil || period.endDate.map({ CalendarDate(iso: $0) == nil }) == true {
            return "an induction period's date is not a real day"
        }
        for absence in absences where CalendarDate(iso: absence.startDate) == nil || CalendarDate(iso: absence.endDate) == nil {
            return "an absence's date is not a real day"
        }
        for report in reports where DueItemKind(rawValue: report.kind) == nil || ReportState(rawValue: report.state) == nil
            || CalendarDate(iso: report.meetingDate) == nil || CalendarDate(iso: report.dueDate) == nil
            || report.signatures.contains(where: { SignerRole(rawValue: $0.role) == nil }) {
            return "a report's kind, state, date or signer is not one Induct knows"
        }
        for report in reports where (try? JSONSerialization.jsonObject(with: Data(report.questions.utf8), options: .fragmentsAllowed)) == nil {
            return "a report's questions are not readable"
        }
        return nil
    }

    /// The last day of an earlier period, the day a new school's period must follow.
    public var lastPeriodEnd: CalendarDate? {
        periods.compactMap { $0.endDate.flatMap(CalendarDate.init(iso:)) }.max()
    }
}
