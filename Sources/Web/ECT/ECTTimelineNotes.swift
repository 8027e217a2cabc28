import Induction

/// Sentences saying which parts of the stored record move the ECT's schedule: terms carried over,
/// absence extensions per year (SG 3.6–3.7), the AB's extensions and reduction, and leaving.
enum ECTTimelineNotes {
    static func notes(_ record: ECTRecord, _ result: TermCalendarResult) -> [String] {
        var notes: [String] = []
        if record.termsServedElsewhere > .zero {
            notes.append("\(record.termsServedElsewhere.oneDecimal) terms served elsewhere count toward induction.")
        }
        for year in result.years {
            if year.extensionDays > 0 {
                var parts: [String] = []
                if year.thirtyDayRuleApplies { parts.append("\(year.nonStatutoryDays) days’ absence (30 days or more)") }
                if year.chosenStatutoryLeaveDays > 0 { parts.append("\(year.chosenStatutoryLeaveDays) days’ statutory leave the ECT chose to extend by") }
                notes.append("Year \(year.number) of induction is extended by \(year.extensionDays) days for " + parts.joined(separator: " and ") + ".")
            } else if year.nonStatutoryDays > 0 {
                notes.append("Year \(year.number) has \(year.nonStatutoryDays) days’ absence, under the 30 days that would extend it.")
            }
        }
        let statutoryNotChosen = record.absences.filter { $0.absence.category.isStatutoryLeave && !$0.absence.ectChoosesToExtend }
        if !statutoryNotChosen.isEmpty {
            notes.append("Statutory leave the ECT chose not to extend by does not move the schedule.")
        }
        for adjustment in record.adjustments {
            notes.append(adjustment.kind == .extension
                ? "The appropriate body extended induction by \(adjustment.terms.oneDecimal) terms."
                : "The appropriate body reduced induction to \(adjustment.terms.oneDecimal) terms; only the final assessment remains.")
        }
        if let leaving = result.leavingDate {
            notes.append("The ECT leaves this school on \(leaving.ukLong).")
        }
        return notes
    }
}
