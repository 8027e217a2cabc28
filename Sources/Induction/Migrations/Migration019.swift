/// Issue 11 item 2: lesson observations by the tutor or another observer holding QTS, and the mentor's
/// log of mentor meetings. Each belongs to the ECT's school at the time it was recorded.
enum Migration019 {
    static let sql = """
    CREATE TABLE lesson_observations (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        school_id INTEGER NOT NULL REFERENCES schools(id),
        observed_on TEXT NOT NULL CHECK (date(observed_on, '+0 days') IS observed_on),
        observer_name TEXT NOT NULL CHECK (length(trim(observer_name)) BETWEEN 1 AND 200),
        -- The observer's account, when the observer is the person who recorded it.
        observer_user_id INTEGER REFERENCES users(id),
        -- The observer holds QTS: an observation by someone without it is refused.
        observer_holds_qts INTEGER NOT NULL CHECK (observer_holds_qts = 1),
        focus TEXT NOT NULL CHECK (length(trim(focus)) BETWEEN 1 AND 500),
        feedback TEXT NOT NULL CHECK (length(trim(feedback)) > 0 AND length(feedback) <= 5000),
        development_needs TEXT NOT NULL CHECK (length(development_needs) <= 2000),
        recorded_by INTEGER REFERENCES users(id),
        recorded_at TEXT NOT NULL CHECK (length(recorded_at) = 20 AND recorded_at GLOB '[0-9][0-9][0-9][0-9]-*Z'),
        -- The same observation sent twice (a double-click) is stored once.
        UNIQUE (ect_id, observed_on, observer_name, focus, feedback)
    ) STRICT;
    CREATE INDEX lesson_observations_by_ect ON lesson_observations(ect_id, observed_on);

    CREATE TABLE mentor_meetings (
        id INTEGER PRIMARY KEY,
        ect_id INTEGER NOT NULL REFERENCES ects(id),
        school_id INTEGER NOT NULL REFERENCES schools(id),
        met_on TEXT NOT NULL CHECK (date(met_on, '+0 days') IS met_on),
        mentor_user_id INTEGER NOT NULL REFERENCES users(id),
        focus TEXT NOT NULL CHECK (length(trim(focus)) BETWEEN 1 AND 500),
        next_step TEXT NOT NULL CHECK (length(trim(next_step)) > 0 AND length(next_step) <= 2000),
        recorded_by INTEGER REFERENCES users(id),
        recorded_at TEXT NOT NULL CHECK (length(recorded_at) = 20 AND recorded_at GLOB '[0-9][0-9][0-9][0-9]-*Z'),
        UNIQUE (ect_id, met_on, mentor_user_id, focus, next_step)
    ) STRICT;
    CREATE INDEX mentor_meetings_by_ect ON mentor_meetings(ect_id, met_on);

    CREATE TRIGGER lesson_observations_at_the_ects_school BEFORE INSERT ON lesson_observations
    WHEN NEW.school_id IS NOT (SELECT school_id FROM ects WHERE id = NEW.ect_id)
    BEGIN SELECT RAISE(ABORT, 'an observation belongs to the ECT''s school'); END;
    -- The mentor holds the mentor role at the ECT's school.
    CREATE TRIGGER mentor_meetings_need_the_mentor BEFORE INSERT ON mentor_meetings
    WHEN NEW.school_id IS NOT (SELECT school_id FROM ects WHERE id = NEW.ect_id) OR NOT EXISTS (
        SELECT 1 FROM role_grants g WHERE g.user_id = NEW.mentor_user_id AND g.school_id = NEW.school_id AND g.role = 'mentor')
    BEGIN SELECT RAISE(ABORT, 'a mentor meeting is logged by a mentor at the ECT''s school'); END;
    """
}
