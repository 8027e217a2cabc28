import Foundation
import Induction

extension DemoRecords {
    /// A one-day sickness absence recorded by the ECT's current school, on the first day after their
    /// latest absence (or the start of their period); returns its id.
    public func makeAbsence(ectID: Int) throws -> Int {
        try database.write { c in
            try c.run("""
                INSERT INTO absences (ect_id, school_id, start_date, end_date, days, category, created_at)
                SELECT e.id, e.school_id, d.day, d.day, 1, 'sickness', '2026-11-25T10:00:00Z'
                FROM ects e, (SELECT coalesce(date(max(a.end_date), '+1 day'), p.start_date) AS day
                              FROM induction_periods p LEFT JOIN absences a ON a.ect_id = p.ect_id
                              WHERE p.ect_id = ?1 AND p.end_date IS NULL AND p.status = 'confirmed') d
                WHERE e.id = ?1
                """, [ectID])
            return Int(c.lastInsertRowID)
        }
    }

    /// The ECT leaves their school on `leaving` (through `RecordLeaving`) and starts at the school with
    /// `urn` on `joining`, as a confirmed transfer leaves the records.
    public func transfer(ectID: Int, leaving: String, nextSchool: String, toURN urn: String, joining: String,
                         time: any TimeSource) throws {
        let newSchool = try schoolID(urn: urn)
        try RecordLeaving(store: InductionStore(database: database, time: time))
            .record(leaving: CalendarDate(iso: leaving)!, nextSchool: nextSchool, ectID: ectID,
                    author: Author(userID: nil, name: "Test", role: nil, clientAddress: ""))
        try database.write { c in
            try c.run("""
                INSERT INTO induction_periods (ect_id, school_id, start_date, status, created_at)
                VALUES (?, ?, ?, 'confirmed', '2026-11-01T09:00:00Z')
                """, [ectID, newSchool, joining])
            try c.run("UPDATE ects SET school_id = ?, tutor_name = 'Nadia New-Tutor', mentor_name = 'Nigel New-Mentor' WHERE id = ?",
                      [newSchool, ectID])
        }
    }
}
