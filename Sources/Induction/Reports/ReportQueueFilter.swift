import SQLite

/// Which reports the appropriate body's QA queue shows (issue 10 item 2): by school, report type,
/// term, at-risk ECTs only, and state (submitted unless asked otherwise).
public struct ReportQueueFilter: Sendable, Equatable {
    /// The school by its URN: a typed field, not a list of every school (issue 12: an AB may have 10,000).
    public var schoolURN: String?
    public var kind: DueItemKind?
    public var termNumber: Int?
    public var atRiskOnly = false
    public var state: ReportState = .submitted

    public init(schoolURN: String? = nil, kind: DueItemKind? = nil, termNumber: Int? = nil, atRiskOnly: Bool = false,
                state: ReportState = .submitted) {
        self.schoolURN = schoolURN
        self.kind = kind
        self.termNumber = termNumber
        self.atRiskOnly = atRiskOnly
        self.state = state
    }

    /// Every field, for `cachedRead` keys. Spelt out: interpolating the struct itself goes through
    /// reflection, which cost the QA queue 5% of its time (docs/performance.md). The typed URN
    /// comes last, so no text typed into it can make one filter's key read as another's.
    var cacheKey: String {
        "\(state.rawValue) kind=\(kind?.rawValue ?? "-") term=\(termNumber.map(String.init) ?? "-") risk=\(atRiskOnly) \(schoolURN.map { "urn=" + $0 } ?? "any school")"
    }

    /// The WHERE clause over `reports r` and its bindings.
    var clause: (sql: String, bindings: [any SQLBindable]) {
        var conditions = ["r.state = ?"]
        var bindings: [any SQLBindable] = [state.rawValue]
        if let schoolURN { conditions.append("r.school_id = (SELECT id FROM schools WHERE urn = ?)"); bindings.append(schoolURN) }
        if let kind { conditions.append("r.kind = ?"); bindings.append(kind.rawValue) }
        if let termNumber { conditions.append("r.term_number = ?"); bindings.append(termNumber) }
        if atRiskOnly { conditions.append("r.ect_id IN (SELECT ect_id FROM at_risk_entries WHERE left_at IS NULL)") }
        return (" WHERE " + conditions.joined(separator: " AND "), bindings)
    }
}
