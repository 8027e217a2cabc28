/// Issue 9 item 3: the appropriate body's own questions for each kind of report. A question is
/// never deleted, only retired, because reports started before keep a copy of it (`reports.questions`).
enum Migration013 {
    static let sql = """
    CREATE TABLE report_questions (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('progress-review', 'first-formal-assessment', 'final-formal-assessment',
                                           'interim-assessment')),
        prompt TEXT NOT NULL CHECK (length(prompt) BETWEEN 1 AND 300),
        hint TEXT NOT NULL DEFAULT '' CHECK (length(hint) <= 500),
        answer_type TEXT NOT NULL CHECK (answer_type IN ('short-text', 'long-text', 'yes-no', 'one-choice')),
        -- A JSON array of strings: 2 to 10 choices for a one-choice question, none otherwise.
        choices TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(choices) AND json_type(choices) = 'array'),
        required INTEGER NOT NULL DEFAULT 0 CHECK (required IN (0, 1)),
        position INTEGER NOT NULL CHECK (position >= 1),
        created_by INTEGER REFERENCES users(id),
        created_at TEXT NOT NULL,
        retired_at TEXT,
        CHECK (CASE WHEN answer_type = 'one-choice' THEN json_array_length(choices) BETWEEN 2 AND 10
                    ELSE json_array_length(choices) = 0 END)
    ) STRICT;
    CREATE INDEX report_questions_by_kind ON report_questions(kind, position) WHERE retired_at IS NULL;
    """
}
