-- Referrals: notices to platforms and hand-offs to the police, each with its deadline, the
-- platform's response times, escalation, outcome and link re-checks; and the parts of police
-- evidence bundles.
--
-- Ids are UUID text, times microseconds since the Unix epoch, flags 0/1: the same column types
-- as the PostgreSQL schema, so both backends share these tables' statements.

CREATE TABLE referrals (
    seq              INTEGER PRIMARY KEY,
    id               TEXT    NOT NULL UNIQUE,
    item_id          TEXT    NOT NULL,
    decision_id      TEXT    NOT NULL,
    -- A platform's stable name (`x`, `facebook`) or `police`.
    target           TEXT    NOT NULL,
    -- The channel kind (`dsa_art16`, `in_app`, …) or `police`, and the registry's channel id.
    channel          TEXT    NOT NULL,
    channel_id       TEXT,
    -- `dsa_art16`, `terms_of_service` or `police`.
    notice_kind      TEXT    NOT NULL,
    -- The notice or police referral as built, JSON; renderings are made from it.
    document         TEXT    NOT NULL,
    -- JSON array of the canonical URLs referred.
    urls             TEXT    NOT NULL,
    category         TEXT,
    severity         INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 4),
    created_by       TEXT    NOT NULL,
    created_at       INTEGER NOT NULL,
    -- Staff time measured from the workflow: claim to decision, and decision to referral.
    review_seconds   INTEGER,
    referral_seconds INTEGER,
    -- The channel's clock: when it runs out, which response it waits for, and whether it is a
    -- legal or agreed deadline (1) or the hub's own target (0).
    due_at           INTEGER,
    awaits           TEXT CHECK (awaits IN ('acknowledgement', 'decision', 'action')),
    binding          INTEGER NOT NULL DEFAULT 1 CHECK (binding IN (0, 1)),
    acknowledged_at  INTEGER,
    decided_at       INTEGER,
    actioned_at      INTEGER,
    escalated_at     INTEGER,
    escalated_by     TEXT,
    -- The hub outcome (`removed`, `rejected_by_platform`, …); NULL while the referral is open.
    outcome          TEXT,
    -- `manual` or `statement`, and the details as JSON (the statement of reasons, or the
    -- fields recorded by hand).
    outcome_source   TEXT,
    outcome_detail   TEXT,
    outcome_at       INTEGER,
    -- The latest link re-check: `removed`, `live`, `geo_blocked`, `error`, and copies found again.
    last_check       TEXT,
    last_checked_at  INTEGER,
    reuploads        INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX referrals_by_item ON referrals (item_id, seq);
CREATE INDEX referrals_by_time ON referrals (created_at);
CREATE INDEX referrals_open ON referrals (due_at) WHERE outcome IS NULL;

-- The parts of a police referral's evidence bundle, byte for byte as hashed in its manifest.
CREATE TABLE referral_evidence (
    referral_id TEXT    NOT NULL REFERENCES referrals (id),
    position    INTEGER NOT NULL,
    name        TEXT    NOT NULL,
    role        TEXT    NOT NULL,
    media_type  TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    bytes       BLOB    NOT NULL,
    PRIMARY KEY (referral_id, name)
);
