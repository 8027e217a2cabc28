import HTTP
import Induction
import Templates

extension ECTController {
    /// GET /ects/:ectID for the school the ECT left: its own period, read only, with no actions.
    func formerRecord(_ context: RequestContext, _ former: FormerPeriodRecord) throws -> HTTPResponse {
        let period = former.period
        let leftOn = period.endDate.map(\.ukLong) ?? ""
        return try pages.render("pages/ect_former_record", title: former.fullName, context: context, values: [
            "name": .string(former.fullName),
            "trn": .string(former.trn),
            "schoolName": .string(former.schoolName),
            "leftOn": .string("Left on \(leftOn)"),
            "periodStart": .string(period.startDate.ukLong),
            "periodStartISO": .string(period.startDate.iso),
            "periodEnd": .string(leftOn),
            "periodEndISO": .string(period.endDate?.iso ?? ""),
            "termsServed": .string(period.termsServed?.oneDecimal ?? "Not recorded"),
            "nextSchool": .string(period.nextSchool.isEmpty ? "Not recorded" : period.nextSchool),
            "hasAbsences": .bool(!former.absences.isEmpty),
            "absences": .list(former.absences.map { stored in
                let absence = stored.absence
                return [
                    "dates": .string(absence.start == absence.end ? absence.start.ukLong : "\(absence.start.ukLong) to \(absence.end.ukLong)"),
                    "category": .string(absence.category.label),
                    "days": .int(absence.days),
                ]
            }),
        ])
    }
}
