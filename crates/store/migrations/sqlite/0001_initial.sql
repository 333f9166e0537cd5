-- Upstander's schema for SQLite.
--
-- Ids are UUID text in the hyphenated lower-case form, so they sort like the UUIDs and a short
-- prefix can be looked up with a range scan. Times are microseconds since the Unix epoch
-- (INTEGER): exact, and they sort. 64-bit fingerprints and keys are stored as the signed
-- integer with the same bits. Never edit this file once released; add a new migration.
--
-- Every index costs a page write per batch wherever a row lands in it, and keys that arrive
-- in random order (content, near and short keys) land everywhere; so random-order indexes are
-- few and their entries short. Foreign keys are checked at commit (DEFERRABLE INITIALLY
-- DEFERRED) and the store's multi-row inserts say OR FAIL: a batch that breaks a rule is
-- rolled back whole either way, and this spares SQLite the statement journal (a copy of every
-- page each statement touches), which had doubled the bytes written per batch.

-- One row per queue item: a group of identical or near-identical posts.
CREATE TABLE items (
    -- Creation order, assigned by the store; item_near_keys refers to it because an integer
    -- entry is a fraction of the size of a UUID's text.
    seq               INTEGER PRIMARY KEY,
    id                TEXT    NOT NULL UNIQUE,
    -- The id's last 12 hex digits in reverse order, as a number, so that a short id suffix is
    -- a range scan (UUIDv7 ids begin with the time, so items made together share a prefix).
    short_key         INTEGER NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('open', 'decided', 'cleared')),
    -- The first copy's content key; keys of near copies are in item_keys.
    content_key       TEXT    NOT NULL UNIQUE CHECK (content_key <> ''),
    -- SimHash of the first copy: near-copy candidates are confirmed against it.
    simhash           INTEGER NOT NULL,
    -- The representative: the copy whose assessment the item keeps (the first copy, until a
    -- flagged copy reopens a cleared item or a stronger flagged copy arrives). No foreign key:
    -- posts point back at items, and the item row has to exist before its copies are written.
    assessed_post_id  TEXT    NOT NULL,
    -- The kept assessment as JSON.
    assessment        TEXT    NOT NULL,
    -- Columns copied out of the assessment for filtering and for comparing strength.
    flagged           INTEGER NOT NULL CHECK (flagged IN (0, 1)),
    severity          INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 4),
    score             REAL    NOT NULL,
    top_category      TEXT,
    -- Every category id of the assessment between single spaces (' HATE.SLUR VIOL.THREAT '),
    -- so a family filter is a substring test.
    categories        TEXT    NOT NULL,
    -- The representative's platform.
    platform          TEXT    NOT NULL,
    copies            INTEGER NOT NULL CHECK (copies >= 1),
    distinct_authors  INTEGER NOT NULL CHECK (distinct_authors >= 0),
    reach             INTEGER NOT NULL CHECK (reach >= 0),
    -- Only an ordering key; readers recompute the exact value from the columns above.
    priority          REAL    NOT NULL,
    first_seen        INTEGER NOT NULL,
    last_seen         INTEGER NOT NULL
);

-- Ties are broken by seq, which every index entry ends with anyway: an entry with the id's
-- 36 characters would be twice the size, and this index is written all over.
CREATE INDEX items_queue ON items (status, priority DESC, first_seen);
CREATE INDEX items_short_key ON items (short_key);

-- Near-copy keys (MinHash LSH band keys) of each item's first copy: an item is a candidate
-- near copy of a post when they share a key. An index the store derives from items and writes
-- in the same transaction, so it has no foreign key: checking the parent of six keys per item
-- cost a twentieth of a batch, and a key whose item were missing would only find nothing.
CREATE TABLE item_near_keys (
    near_key INTEGER NOT NULL,
    item_seq INTEGER NOT NULL,
    PRIMARY KEY (near_key, item_seq)
) WITHOUT ROWID;

-- Content keys of near copies, so that a later exact copy of a near copy joins the same item.
-- (An item's own key is items.content_key; no key is in both places.)
CREATE TABLE item_keys (
    content_key TEXT NOT NULL PRIMARY KEY CHECK (content_key <> ''),
    item_id     TEXT NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED
) WITHOUT ROWID;

-- Known authors per item, so counting distinct authors costs one lookup per copy.
CREATE TABLE item_authors (
    item_id TEXT NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    author  TEXT NOT NULL,
    PRIMARY KEY (item_id, author)
) WITHOUT ROWID;

-- Every copy as it arrived, kept as evidence.
CREATE TABLE posts (
    -- Arrival order.
    seq         INTEGER PRIMARY KEY,
    id          TEXT    NOT NULL UNIQUE,
    item_id     TEXT    NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    ingest_key  TEXT    NOT NULL UNIQUE CHECK (ingest_key <> ''),
    content_key TEXT    NOT NULL CHECK (content_key <> ''),
    simhash     INTEGER NOT NULL,
    platform    TEXT    NOT NULL,
    source_id   TEXT,
    text        TEXT    NOT NULL,
    author      TEXT,
    url         TEXT,
    created_at  INTEGER,
    lang        TEXT,
    engagement  INTEGER CHECK (engagement >= 0),
    ingested_at INTEGER NOT NULL,
    match_kind  TEXT    NOT NULL CHECK (match_kind IN ('first', 'exact', 'near'))
);

CREATE INDEX posts_by_item ON posts (item_id, seq);

-- Reviewers' decisions; append-only.
CREATE TABLE decisions (
    seq        INTEGER PRIMARY KEY,
    id         TEXT    NOT NULL UNIQUE,
    item_id    TEXT    NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    action     TEXT    NOT NULL,
    category   TEXT,
    severity   INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 4),
    note       TEXT,
    reviewer   TEXT    NOT NULL,
    decided_at INTEGER NOT NULL
);

CREATE INDEX decisions_by_item ON decisions (item_id, seq);
