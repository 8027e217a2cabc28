/// The term calendar: pure rules from start date, working pattern, term dates, absences,
/// extensions and reductions to induction terms, terms served, end date and what is due.
public enum TermCalendar {
    public static func compute(_ input: TermCalendarInput) throws(TermCalendarError) -> TermCalendarResult {
        if let leaving = input.leavingDate, leaving < input.startDate { throw .leavingBeforeStart }
        let carried = input.carriedOver
        guard (0...16_000).contains(carried.thousandths) else { throw .carriedOverOutOfRange }
        guard carried < input.requiredTerms else { throw .alreadyComplete }

        let walk = TermWalk(input)
        let end = walk.endDate ?? walk.days.last?.date ?? input.startDate
        let leaving = input.leavingDate.flatMap { $0 < end ? $0 : nil }
        // SG 2.33: a post must last at least one term to count.
        let counts = leaving.map {
            !walk.position(of: $0).isLessThanOneTerm(from: walk.position(of: input.startDate, inclusive: false))
        } ?? true
        let limit = leaving ?? end

        let terms = walk.terms.enumerated().compactMap { index, visited -> InductionTerm? in
            guard visited.firstDay <= limit else { return nil }
            let last = min(visited.term.end, limit)
            let servedAtEnd = counts ? walk.served(on: last, carried: carried.thousandths) : carried.thousandths
            let servedBefore = counts ? visited.servedBefore : carried.thousandths
            return InductionTerm(
                number: index + 1, term: visited.term,
                start: max(visited.term.start, input.startDate), end: last, fte: visited.fte,
                served: TermsServed(thousandths: servedAtEnd - servedBefore),
                servedAtEnd: TermsServed(thousandths: servedAtEnd),
                absenceExtensionDays: walk.days.filter { $0.termIndex == index && $0.isExtensionDay && $0.date <= limit }.count
            )
        }
        return TermCalendarResult(
            terms: terms,
            dueItems: counts ? dueItems(walk, input: input, endDate: end, leaving: leaving) : [],
            years: walk.years.filter { $0.termsServedOn <= limit },
            requiredTerms: input.requiredTerms,
            carriedOver: carried,
            projectedEndDate: leaving == nil ? end : nil,
            termsAtCompletion: TermsServed(thousandths: walk.served(on: end, carried: carried.thousandths)),
            leavingDate: leaving,
            countsTowardInduction: counts,
            walk: walk
        )
    }
}
