-- The hub as a service: accounts, sessions, API tokens, public reports (with the reporter's
-- contact details in a table of their own, so they can be purged), claims, notes, second
-- reviews and appeals; decisions gain target group and grounds; items gain the status
-- 'awaiting_second_review'.
--
-- Ids are UUID text, times microseconds since the Unix epoch, flags 0/1: the same column
-- types as the SQLite schema, so both backends share these tables' statements.

ALTER TABLE items DROP CONSTRAINT items_status_check;
ALTER TABLE items ADD CONSTRAINT items_status_check
    CHECK (status IN ('open', 'decided', 'cleared', 'awaiting_second_review'));

ALTER TABLE decisions ADD COLUMN target_group TEXT;
-- JSON arrays of ids: candidate legal grounds and platform-policy grounds, kept apart.
ALTER TABLE decisions ADD COLUMN legal_grounds TEXT NOT NULL DEFAULT '[]';
ALTER TABLE decisions ADD COLUMN policy_grounds TEXT NOT NULL DEFAULT '[]';

CREATE TABLE users (
    id            TEXT    NOT NULL PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE,
    display_name  TEXT    NOT NULL,
    role          TEXT    NOT NULL
        CHECK (role IN ('admin', 'supervisor', 'analyst', 'volunteer', 'police_liaison')),
    -- argon2id in PHC string form (algorithm, parameters and salt included).
    password_hash TEXT    NOT NULL,
    disabled      BIGINT  NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
    created_at    BIGINT  NOT NULL,
    last_login_at BIGINT,
    -- Failed sign-ins since the last success or lock.
    failed_logins BIGINT  NOT NULL DEFAULT 0,
    locked_until  BIGINT
);

-- Signed-in sessions; only the SHA-256 of the token is kept.
CREATE TABLE sessions (
    token_hash TEXT    NOT NULL PRIMARY KEY,
    user_id    TEXT    NOT NULL REFERENCES users (id),
    csrf_token TEXT    NOT NULL,
    client     TEXT    NOT NULL,
    started_at BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL,
    items_seen BIGINT  NOT NULL DEFAULT 0
);

CREATE INDEX sessions_by_user ON sessions (user_id);

-- API tokens for machine clients; only the SHA-256 of the token is kept.
CREATE TABLE api_tokens (
    token_hash   TEXT    NOT NULL PRIMARY KEY,
    user_id      TEXT    NOT NULL REFERENCES users (id),
    label        TEXT    NOT NULL,
    created_at   BIGINT  NOT NULL,
    last_used_at BIGINT
);

-- Public reports. The post itself went through the pipeline into posts/items; this is what
-- the reporter said about it. Who they are is in report_contacts.
CREATE TABLE reports (
    seq           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id            TEXT    NOT NULL UNIQUE,
    reference     TEXT    NOT NULL UNIQUE,
    item_id       TEXT    NOT NULL,
    received_at   BIGINT  NOT NULL,
    reporter_role TEXT    NOT NULL CHECK (reporter_role IN ('victim', 'witness')),
    urls          TEXT    NOT NULL,
    description   TEXT,
    hate_kind     TEXT,
    target_group  TEXT,
    anonymous     BIGINT  NOT NULL CHECK (anonymous IN (0, 1))
);

CREATE INDEX reports_by_item ON reports (item_id, seq);

-- A reporter's contact details, given with consent; delete the row to purge them.
CREATE TABLE report_contacts (
    report_id TEXT NOT NULL PRIMARY KEY REFERENCES reports (id),
    name      TEXT,
    email     TEXT,
    phone     TEXT
);

-- Live and lapsed claims: one row per item at most; a lapsed row is replaced by the next claim.
CREATE TABLE claims (
    item_id    TEXT    NOT NULL PRIMARY KEY,
    username   TEXT    NOT NULL,
    claimed_at BIGINT  NOT NULL,
    expires_at BIGINT  NOT NULL
);

CREATE TABLE notes (
    seq     BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id TEXT    NOT NULL,
    author  TEXT    NOT NULL,
    at      BIGINT  NOT NULL,
    text    TEXT    NOT NULL
);

CREATE INDEX notes_by_item ON notes (item_id, seq);

CREATE TABLE second_reviews (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    item_id     TEXT    NOT NULL,
    decision_id TEXT    NOT NULL,
    reviewer    TEXT    NOT NULL,
    approved    BIGINT  NOT NULL CHECK (approved IN (0, 1)),
    note        TEXT,
    at          BIGINT  NOT NULL
);

CREATE INDEX second_reviews_by_item ON second_reviews (item_id, seq);

CREATE TABLE appeals (
    seq       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    report_id TEXT    NOT NULL REFERENCES reports (id),
    item_id   TEXT    NOT NULL,
    reason    TEXT    NOT NULL,
    at        BIGINT  NOT NULL
);
