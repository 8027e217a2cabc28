import HTTP
import Induction
import Templates

/// The QA queue's filter as the query string carries it (`urn`, `kind`, `term`, `at-risk`,
/// `state`); anything unreadable is ignored, so a link never breaks the page.
struct ReportQueueFilterForm {
    let filter: ReportQueueFilter
    let typed: [String: String]

    static let names = ["urn", "kind", "term", "at-risk", "state"]

    init(query request: HTTPRequest) {
        var typed: [String: String] = [:]
        for name in Self.names { typed[name] = String((request.queryValue(name) ?? "").prefix(40)) }
        self.typed = typed
        let urn = (typed["urn"] ?? "").trimmingCharacters(in: .whitespaces)
        filter = ReportQueueFilter(schoolURN: urn.isEmpty ? nil : urn, kind: DueItemKind(rawValue: typed["kind"] ?? ""),
                                   termNumber: Int(typed["term"] ?? "").flatMap { (1...64).contains($0) ? $0 : nil },
                                   atRiskOnly: typed["at-risk"] == "yes",
                                   // Drafts are the school's alone (AccessPolicy): never listed to the AB.
                                   state: ReportState(rawValue: typed["state"] ?? "").flatMap { $0 == .draft ? nil : $0 } ?? .submitted)
    }

    /// The filters to keep on the page links.
    var queryItems: [(String, String)] { Self.names.compactMap { name in typed[name].flatMap { $0.isEmpty ? nil : (name, $0) } } }

    /// The page title says what the list holds, so each filtered page has its own (WCAG 2.4.2).
    func title(school: SchoolChoice?, page: Int) -> String {
        var parts = [filter.state == .submitted ? "Reports awaiting a decision" : "Reports: \(filter.state.label)"]
        if let kind = filter.kind { parts.append(kind.label) }
        if let school { parts.append(school.name) }
        if let term = filter.termNumber { parts.append("term \(term)") }
        if filter.atRiskOnly { parts.append("at risk") }
        if page > 1 { parts.append("page \(page)") }
        return parts.joined(separator: ", ")
    }

    func values(school: SchoolChoice?) -> TemplateFields {
        func options(_ pairs: [(String, String)], selected: String) -> TemplateValue {
            .list(pairs.map { ["value": .string($0.0), "label": .string($0.1), "selected": .bool($0.0 == selected)] })
        }
        let kinds = [DueItemKind.progressReview, .firstFormalAssessment, .finalFormalAssessment, .interimAssessment]
        return [
            "urn": .string(filter.schoolURN ?? ""),
            "schoolName": TemplateValue(school?.name),
            "kindOptions": options([("", "All reports")] + kinds.map { ($0.rawValue, $0.label) }, selected: typed["kind"] ?? ""),
            "stateOptions": options(ReportState.allCases.filter { $0 != .draft }.map { ($0.rawValue, $0.label) },
                                    selected: filter.state.rawValue),
            "term": .string(filter.termNumber.map(String.init) ?? ""),
            "atRiskChecked": .bool(filter.atRiskOnly),
            "queueHeading": .string(filter.state == .submitted ? "Awaiting a decision" : filter.state.label),
            "emptyMessage": .string(queryItems.isEmpty ? "No reports are awaiting a decision."
                : filter.schoolURN != nil && school == nil ? "No school has the URN \(filter.schoolURN ?? "")." : "No reports match the filter."),
        ]
    }
}
