/// Record corrections (issue 7): each absence remembers the school that recorded it, so the school
/// can correct or delete it and a former school sees only its own; absences of one ECT never
/// overlap; one reduction is in force at a time (SG 3.2–3.5), a new one replacing the old.
/// The triggers read only `absences`: a trigger naming `induction_periods` would stop a later
/// migration from rebuilding that table (SQLite refuses the rename), so `RecordAbsence` checks
/// that an absence falls inside the school's period.
enum Migration008 {
    static let sql = """
    ALTER TABLE absences ADD COLUMN school_id INTEGER REFERENCES schools(id);
    UPDATE absences SET school_id = coalesce(
        (SELECT p.school_id FROM induction_periods p WHERE p.ect_id = absences.ect_id AND p.status <> 'rejected'
           AND p.start_date <= absences.start_date ORDER BY p.start_date DESC LIMIT 1),
        (SELECT e.school_id FROM ects e WHERE e.id = absences.ect_id));
    ALTER TABLE absences ADD COLUMN updated_at TEXT;

    CREATE TRIGGER absences_checked_on_insert BEFORE INSERT ON absences
    BEGIN
        SELECT RAISE(ABORT, 'an absence needs the school that recorded it') WHERE NEW.school_id IS NULL;
        SELECT RAISE(ABORT, 'absences of one teacher may not overlap') WHERE EXISTS (
            SELECT 1 FROM absences a WHERE a.ect_id = NEW.ect_id AND a.start_date <= NEW.end_date AND NEW.start_date <= a.end_date);
    END;
    CREATE TRIGGER absences_checked_on_update BEFORE UPDATE OF ect_id, school_id, start_date, end_date ON absences
    BEGIN
        SELECT RAISE(ABORT, 'an absence needs the school that recorded it') WHERE NEW.school_id IS NULL;
        SELECT RAISE(ABORT, 'absences of one teacher may not overlap') WHERE EXISTS (
            SELECT 1 FROM absences a WHERE a.ect_id = NEW.ect_id AND a.id <> NEW.id
              AND a.start_date <= NEW.end_date AND NEW.start_date <= a.end_date);
    END;

    -- SG 3.2-3.5: one reduction in force; a replaced one stays as history.
    ALTER TABLE induction_adjustments ADD COLUMN replaced_at TEXT;
    UPDATE induction_adjustments SET replaced_at = (
        SELECT min(later.created_at) FROM induction_adjustments later
        WHERE later.ect_id = induction_adjustments.ect_id AND later.kind = 'reduction' AND later.id > induction_adjustments.id)
    WHERE kind = 'reduction' AND EXISTS (
        SELECT 1 FROM induction_adjustments later
        WHERE later.ect_id = induction_adjustments.ect_id AND later.kind = 'reduction' AND later.id > induction_adjustments.id);
    CREATE UNIQUE INDEX one_reduction_in_force ON induction_adjustments(ect_id) WHERE kind = 'reduction' AND replaced_at IS NULL;
    """
}
