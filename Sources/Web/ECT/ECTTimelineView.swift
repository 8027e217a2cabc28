import Induction
import Templates

/// The ECT record's induction timeline: terms served, terms remaining and the projected end date,
/// then one row per induction term with what is due and where it stands on `today`. Pure: strings
/// ready to show from a computed `TermCalendarResult` and a day.
///
/// A due item with a report shows the report's state (and "Late" when it is not yet with the
/// appropriate body after its due date, issue 9 item 10); one without says "Past due date" once its
/// due date has gone, and offers the school's writers a button that starts it.
struct ECTTimelineView {
    let result: TermCalendarResult
    let today: CalendarDate
    /// What in the record moves the schedule (`ECTTimelineNotes`); none means the standard schedule.
    var notes: [String] = []
    /// The record's reports in its current period, matched to due items by kind and term.
    var reports: [ReportSummary] = []
    /// Where the start form posts (`/ects/:ectID/reports`), when the viewer writes this ECT's reports.
    var startAction: String?
    /// Whether the viewer may open a report (the ECT and the appropriate body never open drafts).
    var canOpen: (ReportSummary) -> Bool = { _ in true }

    /// The one sentence that says the schedule is the standard one.
    static let standardScheduleNote =
        "No absences, extensions, reductions or earlier induction are recorded, so this is the standard schedule."
    static let unavailableNote =
        "The induction timeline cannot be worked out from this record’s induction start date and working pattern."

    /// The calendar's input from the registration alone (start date and FTE) with the appropriate
    /// body's term dates; the record page uses `ECTRecord.calendarInput`, which adds the rest.
    static func input(for ect: ECT, termDates: TermDates) -> TermCalendarInput {
        TermCalendarInput(startDate: ect.inductionStartDate, fte: ect.fte, termDates: termDates)
    }

    /// The record page's `timeline` (a dictionary, or null) and `timelineProblem` (a sentence when
    /// the calendar refuses the input, else null). Never throws: the page shows the details anyway.
    static func pageValues(_ input: TermCalendarInput, today: CalendarDate,
                           notes: (TermCalendarResult) -> [String] = { _ in [] }) -> TemplateFields {
        pageValues(try? TermCalendar.compute(input), today: today, notes: notes)
    }

    /// The same from a calendar already computed (nil when it refused the input).
    static func pageValues(_ result: TermCalendarResult?, today: CalendarDate,
                           notes: (TermCalendarResult) -> [String] = { _ in [] }) -> TemplateFields {
        pageValues(result.map { ECTTimelineView(result: $0, today: today, notes: notes($0)) })
    }

    static func pageValues(_ view: ECTTimelineView?) -> TemplateFields {
        guard let view else { return ["timeline": .null, "timelineProblem": .string(unavailableNote)] }
        return ["timeline": .dictionary(view.values), "timelineProblem": .null]
    }

    var values: TemplateFields {
        let served = result.termsServed(asOf: today)
        // Rounded from the shown figures, so that served and remaining add up to the length on the
        // page (3.75 served and 2.25 left would otherwise show as 3.8 and 2.3).
        let remaining = TermsServed(tenths: max(0, result.termsAtCompletion.roundedTenths - served.roundedTenths))
        return [
            "termsServed": .string(served.oneDecimal),
            "termsRemaining": .string(remaining.oneDecimal),
            "projectedEnd": TemplateValue(result.projectedEndDate?.ukLong),
            "projectedEndISO": TemplateValue(result.projectedEndDate?.iso),
            "today": .string(today.ukLong),
            "todayISO": .string(today.iso),
            "note": .string(notes.isEmpty ? Self.standardScheduleNote : "This schedule takes account of the following."),
            "notes": .list(notes.map { .string($0) }),
            "hasNotes": .bool(!notes.isEmpty),
            "terms": .list(result.terms.map(term)),
        ]
    }

    func status(of term: InductionTerm) -> ECTTermStatus {
        if term.end < today { return .completed }
        if term.start <= today { return .current }
        return .upcoming
    }

    func term(_ term: InductionTerm) -> TemplateValue {
        let status = status(of: term)
        // A review an absence moved into the next term stays with its own term (SG 2.56).
        let items = result.dueItems.filter { $0.forTermNumber == term.number }
        return [
            "number": .int(term.number),
            "termName": .string(term.term.label),
            "termStart": .string(term.start.ukLong),
            "termStartISO": .string(term.start.iso),
            "termEnd": .string(term.end.ukLong),
            "termEndISO": .string(term.end.iso),
            "statusLabel": .string(status.rawValue),
            "statusTag": .string(status.tagClass),
            "dueItems": .list(items.map(dueItem)),
            "nothingDue": .string(nothingDueNote(term)),
        ]
    }

    /// The report for a due item: the same kind, for the term the item is for (SG 2.56).
    func report(for item: DueItem) -> ReportSummary? {
        reports.first { $0.kind == item.kind && $0.termNumber == item.forTermNumber }
    }

    func dueItem(_ item: DueItem) -> TemplateValue {
        let report = report(for: item)
        var start = TemplateValue.null
        if report == nil, let startAction {
            start = ["action": .string(startAction), "kindValue": .string(item.kind.rawValue), "term": .int(item.forTermNumber),
                     "label": .string(item.kind == .progressReview ? "Start the review" : "Start the assessment")]
        }
        // A started report keeps the dates it was started with (a final assessment's due date
        // follows the meeting the school records, SG 2.61).
        let earliest = report?.earliestSubmission ?? item.earliestSubmission
        let due = report?.dueDate ?? item.dueDate
        return [
            "report": report.map { report in
                ["stateLabel": .string(report.state.label), "stateTag": .string(ReportPageView.tag(report.state)),
                 "href": TemplateValue(canOpen(report) ? "/reports/\(report.id)" : nil),
                 "late": .bool(report.isLate(today: today))]
            } ?? .null,
            "start": start,
            "notStarted": .bool(report == nil && startAction == nil),
            "kind": .string(item.kind.label),
            "earliest": .string(earliest.ukLong),
            "earliestISO": .string(earliest.iso),
            "due": .string(due.ukLong),
            "dueISO": .string(due.iso),
            "pastDue": .bool(report == nil && due < today),
            "moved": TemplateValue(item.isRescheduledIntoLaterTerm
                ? "Held on \(item.date.ukLong), after an absence (SG 2.56)" : nil),
        ]
    }

    /// Why a term has nothing due, so that "Nothing due" never hides a review.
    func nothingDueNote(_ term: InductionTerm) -> String {
        if result.requiredTerms < TermsServed(terms: 6) && result.dueItems.allSatisfy({ $0.kind != .progressReview }) {
            return "Nothing due: after a reduction only the final assessment is held (SG 3.2–3.5)"
        }
        let near = result.dueItems.contains { $0.kind.isFormalAssessment && abs($0.forTermNumber - term.number) <= 1 }
        if near { return "No progress review: a formal assessment is less than a term away (SG 2.49)" }
        if term.number == 1 && term.start > term.term.start {
            return "No progress review in a part term: the next term’s review is brought forward"
        }
        return "Nothing due"
    }
}
