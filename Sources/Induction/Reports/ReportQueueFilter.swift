import SQLite

/// Which reports the appropriate body's QA queue shows (issue 10 item 2): by school, report type,
/// term, at-risk ECTs only, and state (submitted unless asked otherwise).
public struct ReportQueueFilter: Sendable, Equatable {
    public var schoolID: Int?
    public var kind: DueItemKind?
    public var termNumber: Int?
    public var atRiskOnly = false
    public var state: ReportState = .submitted

    public init(schoolID: Int? = nil, kind: DueItemKind? = nil, termNumber: Int? = nil, atRiskOnly: Bool = false,
                state: ReportState = .submitted) {
        self.schoolID = schoolID
        self.kind = kind
        self.termNumber = termNumber
        self.atRiskOnly = atRiskOnly
        self.state = state
    }

    /// The WHERE clause over `reports r` and its bindings.
    var clause: (sql: String, bindings: [any SQLBindable]) {
        var conditions = ["r.state = ?"]
        var bindings: [any SQLBindable] = [state.rawValue]
        if let schoolID { conditions.append("r.school_id = ?"); bindings.append(schoolID) }
        if let kind { conditions.append("r.kind = ?"); bindings.append(kind.rawValue) }
        if let termNumber { conditions.append("r.term_number = ?"); bindings.append(termNumber) }
        if atRiskOnly { conditions.append("r.ect_id IN (SELECT ect_id FROM at_risk_entries WHERE left_at IS NULL)") }
        return (" WHERE " + conditions.joined(separator: " AND "), bindings)
    }
}
