/// The computed calendar of one induction period at one school. Recompute when any input changes.
public struct TermCalendarResult: Sendable {
    /// The calendar terms worked through, cut short at the end of induction or the leaving date.
    public let terms: [InductionTerm]
    /// Reviews and assessments in date order.
    public let dueItems: [DueItem]
    /// Each year of induction and what its absences did to it (SG 3.6–3.7).
    public let years: [InductionYear]
    /// FTE terms to serve in all: 6, reduced, plus extensions (absence extensions come on top).
    public let requiredTerms: TermsServed
    public let carriedOver: TermsServed
    /// The day induction ends if the ECT stays: the required terms and every absence extension
    /// served. Nil when the ECT leaves before then.
    public let projectedEndDate: CalendarDate?
    /// Terms served on `projectedEndDate` had the ECT stayed, absence extensions included.
    public let termsAtCompletion: TermsServed
    public let leavingDate: CalendarDate?
    /// False when the post lasted less than one term, which then does not count (SG 2.33).
    public let countsTowardInduction: Bool
    let walk: TermWalk

    init(terms: [InductionTerm], dueItems: [DueItem], years: [InductionYear], requiredTerms: TermsServed,
         carriedOver: TermsServed, projectedEndDate: CalendarDate?, termsAtCompletion: TermsServed,
         leavingDate: CalendarDate?, countsTowardInduction: Bool, walk: TermWalk) {
        self.terms = terms
        self.dueItems = dueItems
        self.years = years
        self.requiredTerms = requiredTerms
        self.carriedOver = carriedOver
        self.projectedEndDate = projectedEndDate
        self.termsAtCompletion = termsAtCompletion
        self.leavingDate = leavingDate
        self.countsTowardInduction = countsTowardInduction
        self.walk = walk
    }

    /// Terms served by the end of `date`, carried-over terms included, stored exactly (SG 2.34).
    /// Nothing accrues after the leaving date, and nothing at all for a post under a term (SG 2.33).
    public func termsServed(asOf date: CalendarDate) -> TermsServed {
        guard countsTowardInduction else { return carriedOver }
        let cutOff = leavingDate.map { min($0, date) } ?? date
        return TermsServed(thousandths: walk.served(on: cutOff, carried: carriedOver.thousandths))
    }

    /// Terms still to serve after `date` to complete induction, absence extensions included.
    public func termsRemaining(asOf date: CalendarDate) -> TermsServed {
        TermsServed(thousandths: max(0, termsAtCompletion.thousandths - termsServed(asOf: date).thousandths))
    }

    /// Terms served when the induction period at this school closed on leaving.
    public var termsServedAtLeaving: TermsServed? {
        leavingDate.map { termsServed(asOf: $0) }
    }

    /// The next item not yet held on `date`.
    public func nextDueItem(after date: CalendarDate) -> DueItem? {
        dueItems.first { $0.date >= date }
    }
}
