/// Issue 10 item 3: the appropriate body's decision at the end of induction (SG 2.67–2.70) and the
/// ECT's written representations. One decision per ECT; dates are ISO days.
enum Migration014 {
    static let sql = """
    CREATE TABLE induction_decisions (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL UNIQUE REFERENCES ects(id),
        final_report_id INTEGER NOT NULL REFERENCES reports(id),
        recommendation_received_on TEXT NOT NULL
            CHECK (date(recommendation_received_on, '+0 days') IS recommendation_received_on),
        outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'extension')),
        -- SG 3.8-3.10: an extension of 0.1 to 16 terms, in tenths; none for a pass or a fail.
        extension_terms_tenths INTEGER CHECK (CASE WHEN outcome = 'extension' THEN extension_terms_tenths BETWEEN 1 AND 160
                                                  ELSE extension_terms_tenths IS NULL END),
        decided_on TEXT NOT NULL CHECK (date(decided_on, '+0 days') IS decided_on),
        -- The DfE service records a fail only with the day the ECT was told in writing.
        ect_told_in_writing_on TEXT CHECK (ect_told_in_writing_on IS NULL
                                           OR date(ect_told_in_writing_on, '+0 days') IS ect_told_in_writing_on),
        notices_sent_on TEXT CHECK (notices_sent_on IS NULL OR (date(notices_sent_on, '+0 days') IS notices_sent_on
                                                                AND notices_sent_on >= decided_on)),
        -- SG 2.69: the TRA is told of a fail or an extension; a pass goes in the termly return.
        tra_told_on TEXT CHECK (tra_told_on IS NULL OR (date(tra_told_on, '+0 days') IS tra_told_on
                                                        AND outcome <> 'pass' AND tra_told_on >= decided_on)),
        recorded_by INTEGER REFERENCES users(id),
        recorded_at TEXT NOT NULL,
        CHECK (outcome <> 'fail' OR ect_told_in_writing_on IS NOT NULL),
        CHECK (decided_on >= recommendation_received_on)
    ) STRICT;

    CREATE TABLE ect_representations (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        received_on TEXT NOT NULL CHECK (date(received_on, '+0 days') IS received_on),
        summary TEXT NOT NULL CHECK (length(trim(summary)) BETWEEN 1 AND 5000),
        recorded_by INTEGER REFERENCES users(id),
        recorded_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX ect_representations_by_ect ON ect_representations(ect_id, received_on);
    """
}
