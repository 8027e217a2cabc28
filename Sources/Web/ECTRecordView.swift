import Induction
import Templates

/// The record page's sections besides the timeline: registration details, absences with a running
/// total per induction year (SG 3.6–3.7), the AB's adjustments and the history of changes.
struct ECTRecordView {
    let record: ECTRecord
    let result: TermCalendarResult?
    /// The school acting now may correct and delete the absences it recorded.
    var canChangeAbsences = false
    var today: CalendarDate?

    var values: [String: TemplateValue] {
        [
            "hasAbsences": .bool(!record.absences.isEmpty),
            "canChangeAbsences": .bool(canChangeAbsences && record.absences.contains(where: changeable)),
            "hasAdjustments": .bool(!record.adjustments.isEmpty),
            "hasHistory": .bool(!record.history.isEmpty),
            "details": .list(details.map { ["key": .string($0.0), "value": .string($0.1)] }),
            "mentor": .string(record.mentorName.isEmpty ? "Not recorded" : record.mentorName),
            "leaving": TemplateValue(record.period?.endDate.map { date in
                "\(date.ukLong)" + (record.period?.termsServed.map { ", having served \($0.oneDecimal) terms here" } ?? "")
                    + ((record.period?.nextSchool).flatMap { $0.isEmpty ? nil : " (next school: \($0))" } ?? "")
            }),
            "absences": .list(absenceRows),
            "adjustments": .list(record.adjustments.map { adjustment in
                ["summary": .string(adjustment.summary), "reason": .string(adjustment.reason),
                 "consent": .bool(adjustment.ectConsented), "decidedAt": .string(DisplayTime.format(adjustment.decidedAt)),
                 "replacedAt": TemplateValue(adjustment.replacedAt.map(DisplayTime.format))]
            }),
            "history": .list(record.history.map { entry in
                ["when": .string(DisplayTime.format(entry.occurredAt)), "actor": .string(entry.actor),
                 "action": .string(Self.label(entry.action)), "detail": .string(entry.detail)]
            }),
        ]
    }

    /// Registration fields, only those recorded.
    var details: [(String, String)] {
        var rows: [(String, String)] = []
        if !record.email.isEmpty { rows.append(("Email address", record.email)) }
        if let date = record.dateOfBirth { rows.append(("Date of birth", date.ukLong)) }
        if let date = record.qtsDate { rows.append(("QTS awarded", date.ukLong)) }
        if !record.trainingProgramme.isEmpty {
            rows.append(("Training programme", TrainingProgramme(rawValue: record.trainingProgramme)?.label ?? record.trainingProgramme))
        }
        if !record.leadProvider.isEmpty { rows.append(("Lead provider", record.leadProvider)) }
        if record.termsServedElsewhere > .zero { rows.append(("Terms served elsewhere", record.termsServedElsewhere.oneDecimal)) }
        if !record.previousAppropriateBody.isEmpty { rows.append(("Previous appropriate body", record.previousAppropriateBody)) }
        return rows
    }

    /// One row per absence, in date order, with the year of induction it falls in and that year's
    /// running total of days counted toward the 30-day rule (SG 3.6).
    var absenceRows: [TemplateValue] {
        var totals: [Int: Int] = [:]
        // The years as if the ECT stayed: a leaving date cuts the calendar short, and must not turn
        // absences already served into "after the end of induction".
        var whole = record.calendarInput
        whole.leavingDate = nil
        let years = (try? TermCalendar.compute(whole))?.years ?? result?.years ?? []
        return record.absences.map { stored in
            let absence = stored.absence
            let year = years.first { absence.start <= $0.termsServedOn }?.number
            if absence.countsTowardThirtyDayRule, let year { totals[year, default: 0] += absence.days }
            let counts = absence.countsTowardThirtyDayRule
                ? "Yes"
                : "No: statutory leave" + (absence.ectChoosesToExtend ? ", the ECT chose to extend by it" : ", the ECT chose not to extend")
            let total = year.map { totals[$0] ?? 0 }
            return [
                "dates": .string(absence.start == absence.end ? absence.start.ukLong : "\(absence.start.ukLong) to \(absence.end.ukLong)"),
                "category": .string(absence.category.label),
                "days": .int(absence.days),
                "year": .string(year.map { "Year \($0)" } ?? "After the end of induction"),
                "counts": .string(counts),
                "runningTotal": .string(total.map { "\($0) \($0 == 1 ? "day" : "days")\($0 >= 30 ? " (30-day rule applies)" : "")" } ?? "–"),
                "planned": .bool(today.map { absence.start > $0 } ?? false),
                "editHref": TemplateValue(changeable(stored) ? "/ects/\(record.ect.id)/absences/\(stored.id)/edit" : nil),
                "deleteHref": TemplateValue(changeable(stored) ? "/ects/\(record.ect.id)/absences/\(stored.id)/delete" : nil),
                "description": .string(stored.description),
            ]
        }
    }

    private func changeable(_ stored: StoredAbsence) -> Bool {
        canChangeAbsences && stored.schoolID == record.ect.schoolID
    }

    static func label(_ action: String) -> String {
        switch action {
        case "absence.recorded": "Absence recorded"
        case "absence.corrected": "Absence corrected"
        case "absence.deleted": "Absence deleted"
        case "ect.working_pattern_changed": "Working pattern changed"
        case "ect.programme_changed": "Training programme changed"
        case "absence.threshold_reached": "30 days’ absence reached"
        case "ect.leaving_recorded": "Leaving date recorded"
        case "induction.extended": "Induction extended"
        case "induction.reduced": "Induction reduced"
        default: action
        }
    }
}
