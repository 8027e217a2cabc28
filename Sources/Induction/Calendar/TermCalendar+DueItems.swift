/// What is due when (domain.md "The termly cycle").
///
/// - Formal assessments fall on the day an induction year ends (`InductionYear.endDate`): the
///   first at 3 FTE terms, the final at the required length (SG 2.56–2.61). There is exactly one
///   final assessment: when the AB extends, it moves to the end of the extension (SG 3.8–3.10), and
///   the terms before it get their reviews as any other term (SG 2.48–2.49).
/// - A progress review falls on the last school day of every calendar term, full or part time
///   (SG 2.48), unless it is less than a term from a formal or interim assessment (SG 2.49).
/// - Starting mid-term (after the term's first school week): no review in the part term; the next
///   term's review is brought forward to half-way through it (domain.md "The termly cycle").
/// - After a reduction only the final assessment remains (SG 3.2–3.5).
/// - Leaving at least one calendar term after the last formal assessment (or the start) makes an
///   interim assessment due on the leaving day (SG 2.62–2.63).
/// - A review or assessment is not held during an absence: it moves to the first school day after
///   the absence (SG 2.49, 2.56), even into the next term; it is never dropped for it.
extension TermCalendar {
    static let midTermStartSchoolDays = 5
    static let earliestSubmissionWorkingDays = 5
    static let finalReportWorkingDays = 10  // SG 2.61

    static func dueItems(_ walk: TermWalk, input: TermCalendarInput, endDate: CalendarDate,
                         leaving: CalendarDate?) -> [DueItem] {
        let limit = leaving.map { min($0, endDate) } ?? endDate
        let required = input.requiredTerms.thousandths
        typealias Item = (kind: DueItemKind, date: CalendarDate, forTerm: Int?)
        let formal: [Item] = walk.years.compactMap { year in
            let atEnd = year.fteTermsAtEnd.thousandths
            let date = walk.rescheduledAfterAbsence(year.endDate, input.absences)
            let forTerm = walk.termIndex(of: year.endDate)
            if atEnd == required { return (.finalFormalAssessment, date, forTerm) }
            guard input.reduction == nil, atEnd == 3000 else { return nil }
            return (.firstFormalAssessment, date, forTerm)
        }.filter { $0.date <= limit }
        var items = formal

        // SG 2.62: leaving at least a term after the last formal assessment (or the start).
        let start = walk.position(of: input.startDate, inclusive: false)
        var interimTerm: Int?
        if let leaving, leaving < endDate {
            let last = formal.last.map { walk.position(of: $0.date) } ?? start
            if !walk.position(of: leaving).isLessThanOneTerm(from: last) {
                items.append((.interimAssessment, leaving, nil))
                interimTerm = walk.termIndex(of: leaving)
            }
        }

        if input.reduction == nil {
            // SG 2.49 weighs reviews against the planned formal assessments; an interim one only
            // replaces the review of the term the ECT leaves in.
            let anchors = formal.map { walk.position(of: $0.date) }
            let midTermStart = start.schoolDays >= midTermStartSchoolDays
            var held: Set<CalendarDate> = []
            for (index, visited) in walk.terms.enumerated() where index != interimTerm {
                if index == 0 && midTermStart { continue }
                let days = visited.schoolDays
                let planned = index == 1 && midTermStart ? days[(days.count + 1) / 2 - 1] : visited.term.lastSchoolDay(walk.workingDays)
                guard planned <= limit else { continue }
                let date = walk.rescheduledAfterAbsence(planned, input.absences)
                guard date <= limit, !held.contains(date) else { continue }
                if anchors.contains(where: { $0.isLessThanOneTerm(from: walk.position(of: date)) }) { continue }
                held.insert(date)
                items.append((.progressReview, date, index))
            }
        }

        let workingDays = WorkingDays(bankHolidays: input.bankHolidays)
        return items.map { item in
            DueItem(
                kind: item.kind,
                termNumber: walk.termIndex(of: item.date) + 1,
                forTermNumber: item.forTerm.map { $0 + 1 },
                date: item.date,
                earliestSubmission: workingDays.adding(-earliestSubmissionWorkingDays, to: item.date),
                dueDate: item.kind == .finalFormalAssessment
                    ? workingDays.adding(finalReportWorkingDays, to: item.date) : item.date,
                termsServed: TermsServed(thousandths: walk.served(on: min(item.date, limit),
                                                                  carried: input.carriedOver.thousandths))
            )
        }.sorted { ($0.date, $0.kind.order) < ($1.date, $1.kind.order) }
    }
}

extension DueItemKind {
    var order: Int {
        switch self {
        case .progressReview: 0
        case .interimAssessment: 1
        case .firstFormalAssessment: 2
        case .finalFormalAssessment: 3
        }
    }
}
