import Induction
import SQLite

extension DfEReturnsFixture {
    /// `count` ECTs with TRNs from 4000001 who completed induction on 16 July 2027 and passed: each
    /// period closed with 6 terms served, its final assessment accepted and the AB's pass recorded, in
    /// one transaction.
    func manyPasses(_ count: Int) throws {
        try database.write { c in
            try c.transaction {
                let stamp = "2027-07-20T09:00:00Z"
                for n in 1...count {
                    try c.run("""
                        INSERT INTO ects (school_id, first_name, last_name, trn, induction_start_date, fte_percent, tutor_name, created_at,
                                          date_of_birth, training_programme)
                        VALUES (1, 'Test', 'Passed', ?, '2025-09-01', 100, 'Tutor', ?, '1999-01-01', 'provider-led')
                        """, [String(4_000_000 + n), stamp])
                    let ectID = Int(c.lastInsertRowID)
                    try c.run("""
                        INSERT INTO induction_periods (ect_id, school_id, start_date, end_date, terms_served, status, created_at)
                        VALUES (?, 1, '2025-09-01', '2027-07-16', 6000, 'confirmed', ?)
                        """, [ectID, stamp])
                    let periodID = Int(c.lastInsertRowID)
                    try c.run("""
                        INSERT INTO reports (ect_id, school_id, induction_period_id, kind, term_number, meeting_date, earliest_submission,
                                             due_date, state, created_at, updated_at, submitted_at, decided_at)
                        VALUES (?, 1, ?, 'final-formal-assessment', 6, '2027-07-09', '2027-07-09', '2027-07-23', 'accepted', ?, ?, ?, ?)
                        """, [ectID, periodID, stamp, stamp, stamp, stamp])
                    try c.run("""
                        INSERT INTO induction_decisions (ect_id, final_report_id, recommendation_received_on, outcome, decided_on, recorded_at)
                        VALUES (?, ?, '2027-07-12', 'pass', '2027-07-19', ?)
                        """, [ectID, Int(c.lastInsertRowID), stamp])
                }
            }
        }
    }
}
