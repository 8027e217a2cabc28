/// What is due when (domain.md "The termly cycle").
///
/// - Formal assessments fall on the day an induction year ends (`InductionYear.endDate`): the
///   first at 3 FTE terms, the final at the required length (SG 2.56–2.61). When the AB extends, the
///   assessment at 6 FTE terms stays a final assessment and another closes the extension (SG 3.8–3.10).
/// - A progress review falls at the end of every calendar term, full or part time (SG 2.48), unless
///   it is less than a term from a formal or interim assessment (SG 2.49).
/// - Starting mid-term (after the term's first school week): no review in the part term; the next
///   term's review is brought forward to half-way through it (domain.md "The termly cycle").
/// - After a reduction only the final assessment remains (SG 3.2–3.5).
/// - Leaving at least one calendar term after the last formal assessment (or the start) makes an
///   interim assessment due on the leaving day (SG 2.62–2.63).
/// - A review or assessment is not held during an absence: it moves to the first working day after
///   the absence (SG 2.49, 2.56).
extension TermCalendar {
    static let midTermStartSchoolDays = 5
    static let earliestSubmissionWorkingDays = 5
    static let finalReportWorkingDays = 10  // SG 2.61

    static func dueItems(_ walk: TermWalk, input: TermCalendarInput, endDate: CalendarDate,
                         leaving: CalendarDate?) -> [DueItem] {
        let limit = leaving.map { min($0, endDate) } ?? endDate
        let required = input.requiredTerms.thousandths
        var formal: [(kind: DueItemKind, date: CalendarDate)] = walk.years.compactMap { year in
            let atEnd = year.fteTermsAtEnd.thousandths
            if atEnd == required { return (.finalFormalAssessment, year.endDate) }
            guard input.reduction == nil else { return nil }
            if atEnd == 3000 { return (.firstFormalAssessment, year.endDate) }
            if atEnd == 6000 { return (.finalFormalAssessment, year.endDate) }
            return nil
        }.filter { $0.date <= limit }

        // SG 2.49 weighs reviews against the planned formal assessments, not an interim one: reviews
        // held before the ECT decided to leave stay due.
        let anchors = formal.map { walk.position(of: $0.date) }
        let start = walk.position(of: input.startDate, inclusive: false)
        if let leaving, leaving < endDate {
            let last = formal.last.map { walk.position(of: $0.date) } ?? start
            if !walk.position(of: leaving).isLessThanOneTerm(from: last) {
                formal.append((.interimAssessment, leaving))
            }
        }

        var items = formal
        if input.reduction == nil {
            let midTermStart = start.schoolDays >= midTermStartSchoolDays
            for (index, visited) in walk.terms.enumerated() {
                if index == 0 && midTermStart { continue }
                let days = visited.schoolDays
                let date = index == 1 && midTermStart ? days[(days.count + 1) / 2 - 1] : visited.term.end
                guard date <= limit else { continue }
                let position = walk.position(of: date)
                if anchors.contains(where: { $0.isLessThanOneTerm(from: position) }) { continue }
                items.append((.progressReview, date))
            }
        }

        let workingDays = WorkingDays(bankHolidays: input.bankHolidays)
        return items.map { item in
            let date = item.kind == .interimAssessment
                ? item.date : rescheduledAfterAbsence(item.date, input.absences, workingDays)
            return DueItem(
                kind: item.kind,
                termNumber: walk.termIndex(of: date) + 1,
                date: date,
                earliestSubmission: workingDays.adding(-earliestSubmissionWorkingDays, to: date),
                dueDate: item.kind == .finalFormalAssessment ? workingDays.adding(finalReportWorkingDays, to: date) : date,
                termsServed: TermsServed(thousandths: walk.served(on: min(date, limit), carried: input.carriedOver.thousandths))
            )
        }.sorted { ($0.date, $0.kind.order) < ($1.date, $1.kind.order) }
    }

    /// SG 2.49, 2.56: not while the ECT is absent; the first working day after the absence instead.
    static func rescheduledAfterAbsence(_ date: CalendarDate, _ absences: [Absence],
                                        _ workingDays: WorkingDays) -> CalendarDate {
        var date = date
        while let absence = absences.first(where: { $0.start <= date && date <= $0.end }) {
            date = workingDays.adding(1, to: absence.end)
        }
        return date
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
