import SQLite

/// One statement for decision statuses (the ECT's latest final assessment with any decision) and one
/// for their representations, however many ECTs are listed.
enum DecisionRows {
    /// The ECT's latest final assessment, for `statuses` and its count.
    static let latestFinal = """
        FROM reports r JOIN ects e ON e.id = r.ect_id JOIN schools s ON s.id = e.school_id
        LEFT JOIN induction_decisions d ON d.ect_id = e.id
        WHERE r.kind = 'final-formal-assessment'
          AND r.id = (SELECT max(r2.id) FROM reports r2 WHERE r2.ect_id = r.ect_id AND r2.kind = 'final-formal-assessment')
        """

    static func count(where condition: String, _ bindings: [any SQLBindable], _ c: Connection) throws -> Int {
        try c.scalarInt("SELECT count(*) \(latestFinal) AND \(condition)", bindings) ?? 0
    }

    /// `page`, when given, is the limit and offset of one page of them in their order.
    static func statuses(where condition: String, _ bindings: [any SQLBindable], today: CalendarDate,
                         page: (limit: Int, offset: Int)? = nil, _ c: Connection) throws -> [DecisionStatus] {
        let rows = try c.query("""
            SELECT e.id AS ect_id, e.first_name || ' ' || e.last_name AS name, e.trn, s.name AS school_name,
                   r.id AS report_id, r.state, \(ReportRows.recordedMeetingDate) AS meeting_date, coalesce(r.submitted_at, r.created_at) AS submitted,
                   coalesce((SELECT value FROM report_fields f WHERE f.report_id = r.id AND f.name = 'recommendation'), '') AS recommendation,
                   d.id AS decision_id, d.recommendation_received_on, d.outcome, d.extension_terms_tenths, d.decided_on,
                   d.ect_told_in_writing_on, d.notices_sent_on, d.tra_told_on, d.recorded_at
            \(latestFinal)
              AND \(condition)
            ORDER BY coalesce(d.recommendation_received_on, substr(r.submitted_at, 1, 10)), e.last_name, e.first_name, e.id
            \(page == nil ? "" : "LIMIT ? OFFSET ?")
            """, bindings + (page.map { [$0.limit, $0.offset] } ?? []))
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.int("ect_id") }
        let representations = try Dictionary(grouping: c.query("""
            SELECT id, ect_id, received_on, summary, recorded_at FROM ect_representations
            WHERE ect_id IN (SELECT value FROM json_each(?)) ORDER BY received_on, id
            """, ["[" + ids.map(String.init).joined(separator: ",") + "]"]), by: { try $0.int("ect_id") })
            .mapValues { try $0.map(representation) }
        return try rows.map { try status($0, representations[try $0.int("ect_id")] ?? [], today: today) }
    }

    private static func date(_ row: Row, _ column: String) throws -> CalendarDate? {
        try row.optionalString(column).flatMap { CalendarDate(iso: String($0.prefix(10))) }
    }

    private static func representation(_ row: Row) throws -> ECTRepresentation {
        guard let received = try date(row, "received_on") else { throw RecordDecodingError(table: "ect_representations", column: "received_on", id: try row.int("id")) }
        return ECTRepresentation(id: try row.int("id"), receivedOn: received, summary: try row.string("summary"),
                                 recordedAt: try row.string("recorded_at"))
    }

    private static func status(_ row: Row, _ representations: [ECTRepresentation], today: CalendarDate) throws -> DecisionStatus {
        guard let state = ReportState(rawValue: try row.string("state")), let completed = try date(row, "meeting_date"),
              let submitted = try date(row, "submitted") else { throw RecordDecodingError(table: "reports", column: "state", id: try row.int("report_id")) }
        var decision: InductionDecision?
        if let id = try row.optionalInt("decision_id") {
            guard let received = try date(row, "recommendation_received_on"),
                  let outcome = InductionOutcome(rawValue: try row.string("outcome")),
                  let decided = try date(row, "decided_on") else { throw RecordDecodingError(table: "induction_decisions", column: "outcome", id: id) }
            decision = InductionDecision(
                id: id, finalReportID: try row.int("report_id"), recommendationReceivedOn: received, outcome: outcome,
                extensionTerms: try row.optionalInt("extension_terms_tenths").map(TermsServed.init(tenths:)), decidedOn: decided,
                ectToldInWritingOn: try date(row, "ect_told_in_writing_on"), noticesSentOn: try date(row, "notices_sent_on"),
                teachingRegulationAgencyToldOn: try date(row, "tra_told_on"), recordedAt: try row.string("recorded_at"))
        }
        let received = decision?.recommendationReceivedOn ?? submitted
        let dates = DecisionDates(
            completedOn: completed, recommendationReceivedOn: received, representationsReceivedOn: representations.first?.receivedOn,
            decidedOn: decision?.decidedOn, outcome: decision?.outcome, ectToldInWritingOn: decision?.ectToldInWritingOn,
            noticesSentOn: decision?.noticesSentOn, teachingRegulationAgencyToldOn: decision?.teachingRegulationAgencyToldOn)
        return DecisionStatus(
            ectID: try row.int("ect_id"), ectName: try row.string("name"), trn: try row.string("trn"),
            schoolName: try row.string("school_name"), finalReportID: try row.int("report_id"), finalReportState: state,
            recommendation: try row.string("recommendation"), completedOn: completed, recommendationReceivedOn: received,
            decision: decision, representations: representations, clocks: StatutoryClocks().clocks(dates), today: today)
    }
}
