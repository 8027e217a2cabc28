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

    var values: TemplateFields {
        staffValues.merging([
            "hasAbsences": .bool(!record.absences.isEmpty),
            "canChangeAbsences": .bool(canChangeAbsences && record.absences.contains(where: changeable)),
            "hasAdjustments": .bool(!record.adjustments.isEmpty),
            "hasHistory": .bool(!record.history.isEmpty),
            "details": .list(details.map { ["key": .string($0.0), "value": .string($0.1)] }),
            "staffTasks": .list(record.staffTasks.map(TemplateValue.string)),
            "hasStaffTasks": .bool(!record.staffTasks.isEmpty),
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
                ["when": .string(DisplayTime.format(entry.occurredAt ?? "")), "actor": .string(entry.actor),
                 "action": .string(entry.actionLabel), "detail": .string(entry.detail)]
            }),
        ]) { _, new in new }
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
    /// running total of days counted toward the 30-day rule (SG 3.6); an absence across the end of
    /// a year shows its days in each (`TermCalendarResult.daysByYear`).
    var absenceRows: [TemplateValue] {
        var totals: [Int: Int] = [:]
        let carried = Set(record.earlierAbsencesInCurrentYear)
        return record.absences.map { stored in
            let absence = stored.absence
            // Leaving never relabels an absence: the years come from the whole calendar, not the
            // years completed by the leaving date. An earlier school's absence counts toward the
            // first year here only when it falls in it (SG 3.6 across schools).
            let earlier = absence.end < record.startDate
            let parts: [(year: Int, days: Int)] = earlier
                ? (carried.contains(absence) ? result?.inductionYear(of: record.startDate).map { [($0, absence.days)] } ?? [] : [])
                : result?.daysByYear(of: absence) ?? []
            if absence.countsTowardThirtyDayRule { for part in parts { totals[part.year, default: 0] += part.days } }
            let counts = absence.countsTowardThirtyDayRule
                ? "Yes"
                : "No: statutory leave" + (absence.ectChoosesToExtend ? ", the ECT chose to extend by it" : ", the ECT chose not to extend")
            let years = parts.count == 1 ? "Year \(parts[0].year)"
                : parts.enumerated().map { "\($0 == 0 ? "Year" : "year") \($1.year) (\(Self.days($1.days)))" }.joined(separator: " and ")
            let running = parts.map { part -> String in
                let total = totals[part.year] ?? 0
                return (parts.count > 1 ? "Year \(part.year): " : "") + Self.days(total) + (total >= 30 ? " (30-day rule applies)" : "")
            }
            return [
                "dates": .string(absence.start == absence.end ? absence.start.ukLong : "\(absence.start.ukLong) to \(absence.end.ukLong)"),
                "category": .string(absence.category.label),
                "days": .int(absence.days),
                "year": .string(earlier ? (parts.isEmpty ? "An earlier year, at an earlier school" : "\(years), at an earlier school")
                    : parts.isEmpty ? "After the end of induction" : years),
                "counts": .string(counts),
                "runningTotal": .string(running.isEmpty ? "–" : running.joined(separator: "; ")),
                "planned": .bool(today.map { absence.start > $0 } ?? false),
                "editHref": TemplateValue(changeable(stored) ? "/ects/\(record.ect.id)/absences/\(stored.id)/edit" : nil),
                "deleteHref": TemplateValue(changeable(stored) ? "/ects/\(record.ect.id)/absences/\(stored.id)/delete" : nil),
                "description": .string(stored.description),
            ]
        }
    }

    static func days(_ count: Int) -> String { "\(count) \(count == 1 ? "day" : "days")" }

    private func changeable(_ stored: StoredAbsence) -> Bool {
        canChangeAbsences && stored.schoolID == record.ect.schoolID
    }

}
