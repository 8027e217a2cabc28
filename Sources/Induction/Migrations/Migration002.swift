/// Accounts: people, their role grants, sessions, single-use tokens, sign-in throttles, the email
/// outbox, school registration requests and appropriate-body settings.
enum Migration002 {
    static let sql = """
    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 200),
        email TEXT NOT NULL COLLATE NOCASE UNIQUE CHECK (length(email) BETWEEN 3 AND 254 AND email LIKE '%_@_%'),
        password_hash TEXT CHECK (password_hash IS NULL OR password_hash LIKE '$argon2id$%'),
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        second_factor_enabled INTEGER NOT NULL DEFAULT 0 CHECK (second_factor_enabled IN (0, 1)),
        created_at TEXT NOT NULL,
        password_changed_at TEXT
    ) STRICT;

    -- AB roles have no school; school roles need one; the ECT role names its ECT record.
    CREATE TABLE role_grants (
        id INTEGER PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('ab_admin', 'ab_officer', 'headteacher', 'induction_lead',
                                          'induction_tutor', 'mentor', 'school_admin', 'ect')),
        school_id INTEGER REFERENCES schools(id),
        ect_id INTEGER REFERENCES ects(id),
        created_at TEXT NOT NULL,
        CHECK ((role IN ('ab_admin', 'ab_officer')) = (school_id IS NULL)),
        CHECK ((role = 'ect') = (ect_id IS NOT NULL))
    ) STRICT;
    CREATE UNIQUE INDEX role_grants_unique ON role_grants(user_id, role, ifnull(school_id, 0));
    CREATE INDEX role_grants_by_school ON role_grants(school_id, role);
    CREATE UNIQUE INDEX role_grants_one_user_per_ect ON role_grants(ect_id) WHERE ect_id IS NOT NULL;

    -- Only a hash of the session token is stored. user_id is NULL for a visitor who has not signed in
    -- (the session then only carries the CSRF token of the sign-in and registration forms).
    CREATE TABLE sessions (
        id INTEGER PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
        user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
        active_grant_id INTEGER REFERENCES role_grants(id) ON DELETE SET NULL,
        csrf_token TEXT NOT NULL CHECK (length(csrf_token) >= 32),
        second_factor_pending INTEGER NOT NULL DEFAULT 0 CHECK (second_factor_pending IN (0, 1)),
        client_address TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        CHECK (user_id IS NOT NULL OR (active_grant_id IS NULL AND second_factor_pending = 0))
    ) STRICT;
    CREATE INDEX sessions_by_user ON sessions(user_id);

    CREATE TABLE one_time_tokens (
        id INTEGER PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL CHECK (purpose IN ('invitation', 'password_reset', 'second_factor')),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL CHECK (expires_at > created_at),
        used_at TEXT,
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts BETWEEN 0 AND 5)
    ) STRICT;
    CREATE INDEX one_time_tokens_by_user ON one_time_tokens(user_id, purpose);

    -- key is 'account:<lower-case email>' or 'address:<client address>'.
    CREATE TABLE sign_in_throttles (
        key TEXT PRIMARY KEY,
        failures INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
        window_started_at TEXT NOT NULL,
        locked_until TEXT
    ) STRICT;

    CREATE TABLE outbox_messages (
        id INTEGER PRIMARY KEY,
        recipient TEXT NOT NULL CHECK (length(recipient) BETWEEN 3 AND 254),
        subject TEXT NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        body TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        next_attempt_at TEXT NOT NULL,
        last_error TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        sent_at TEXT
    ) STRICT;
    CREATE INDEX outbox_due ON outbox_messages(status, next_attempt_at);

    CREATE TABLE school_registration_requests (
        id INTEGER PRIMARY KEY,
        urn TEXT NOT NULL CHECK (length(urn) = 6 AND urn NOT GLOB '*[^0-9]*'),
        school_name TEXT NOT NULL CHECK (length(trim(school_name)) BETWEEN 1 AND 200),
        requester_name TEXT NOT NULL CHECK (length(trim(requester_name)) BETWEEN 1 AND 200),
        requester_role TEXT NOT NULL CHECK (requester_role IN ('headteacher', 'induction_lead')),
        requester_email TEXT NOT NULL CHECK (length(requester_email) BETWEEN 3 AND 254),
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'authorised', 'rejected')),
        rejection_reason TEXT NOT NULL DEFAULT '',
        decided_by INTEGER REFERENCES users(id),
        decided_at TEXT,
        created_at TEXT NOT NULL,
        CHECK ((status = 'pending') = (decided_at IS NULL)),
        CHECK (status <> 'rejected' OR length(trim(rejection_reason)) > 0)
    ) STRICT;
    CREATE UNIQUE INDEX one_pending_request_per_urn ON school_registration_requests(urn) WHERE status = 'pending';

    CREATE TABLE settings (
        key TEXT PRIMARY KEY CHECK (key IN ('require_second_factor')),
        value TEXT NOT NULL
    ) STRICT;

    ALTER TABLE audit_events ADD COLUMN actor_user_id INTEGER REFERENCES users(id);
    CREATE INDEX audit_events_by_time ON audit_events(occurred_at);
    """
}
