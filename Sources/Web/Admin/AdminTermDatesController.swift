import HTTP
import Induction
import Templates

/// The academic years' term dates, which every induction calculation uses: England's defaults until
/// the appropriate body sets a year's own. AB admins only.
struct AdminTermDatesController: Sendable {
    let services: Services
    let pages: PageRenderer

    /// The current academic year and the next, each with its dates and where they come from.
    func index(_ context: RequestContext) throws -> HTTPResponse {
        let current = TermDates.academicYear(of: services.time.today)
        let years = try services.reader.storedTermDates(academicYears: [current, current + 1])
        let notice = Self.notice(context)
        return try pages.render("pages/admin/term_dates", title: "Term dates", context: context, values: [
            "years": .list(years.map { year, stored in TermDatesView.summary(academicYear: year, stored: stored) }),
            "notice": TemplateValue(notice),
        ])
    }

    func edit(_ context: RequestContext) throws -> HTTPResponse {
        let year = try Self.academicYear(context)
        let stored = try services.reader.storedTermDates(academicYear: year)
        let view = TermDatesView(academicYear: year, isSet: stored != nil,
                                 form: TermDatesForm(stored ?? .englandDefault(academicYear: year)), errors: [:])
        return try render(context, view, status: 200)
    }

    func save(_ context: RequestContext) throws -> HTTPResponse {
        let year = try Self.academicYear(context)
        let form = TermDatesForm(values: Dictionary(uniqueKeysWithValues: TermDatesForm.inputNames.map { ($0, context.form[$0]) }))
        switch form.validate(academicYear: year) {
        case .success(let terms):
            try SaveTermDates(store: services.store).save(terms, author: context.author)
            return .redirect(to: "/admin/term-dates?saved=\(year)")
        case .failure(let errors):
            let isSet = try services.reader.storedTermDates(academicYear: year) != nil
            return try render(context, TermDatesView(academicYear: year, isSet: isSet, form: form, errors: errors.messages), status: 422)
        }
    }

    func reset(_ context: RequestContext) throws -> HTTPResponse {
        let year = try Self.academicYear(context)
        try ResetTermDates(store: services.store).reset(academicYear: year, author: context.author)
        return .redirect(to: "/admin/term-dates?reset=\(year)")
    }

    private func render(_ context: RequestContext, _ view: TermDatesView, status: Int) throws -> HTTPResponse {
        try pages.render("pages/admin/term_dates_edit", title: "Term dates \(TermDatesView.yearLabel(view.academicYear))",
                         context: context, status: status, values: view.values)
    }

    /// The `:year` segment: four digits from 2000 to 2200 (the schema's range), else 404.
    static func academicYear(_ context: RequestContext) throws -> Int {
        guard let text = context.parameters["year"], text.count == 4, text.allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(text), (2000...2200).contains(year) else { throw HTTPError.notFound }
        return year
    }

    /// "Term dates for 2026 to 2027 saved" after a save or reset, from a well-formed query only.
    static func notice(_ context: RequestContext) -> String? {
        for (key, verb) in [("saved", "have been saved"), ("reset", "are back to the England defaults")] {
            if let text = context.request.queryValue(key), text.count == 4, let year = Int(text), (2000...2200).contains(year) {
                return "Term dates for \(TermDatesView.yearLabel(year)) \(verb)."
            }
        }
        return nil
    }
}
