-- Upstander's schema for SQLite.
--
-- Ids are UUID text in the hyphenated lower-case form, so they sort like the UUIDs and a short
-- prefix can be looked up with a range scan. Times are microseconds since the Unix epoch
-- (INTEGER): exact, and they sort. Never edit this file once released; add a new migration.

-- One row per queue item: a group of identical or near-identical posts.
CREATE TABLE items (
    id                TEXT    NOT NULL PRIMARY KEY,
    status            TEXT    NOT NULL CHECK (status IN ('open', 'decided', 'cleared')),
    -- The first copy's content key; keys of near copies are in item_keys.
    content_key       TEXT    NOT NULL UNIQUE CHECK (content_key <> ''),
    -- SimHash of the first copy, as the signed 64-bit pattern, and its four 16-bit bands
    -- (lowest bits first) for near-copy lookup: two fingerprints at most 3 bits apart agree
    -- on at least one band.
    simhash           INTEGER NOT NULL,
    band0             INTEGER NOT NULL,
    band1             INTEGER NOT NULL,
    band2             INTEGER NOT NULL,
    band3             INTEGER NOT NULL,
    -- The first copy; it never changes. No foreign key: posts point back at items, and the
    -- item row has to exist before its first post can be written.
    representative_id TEXT    NOT NULL,
    -- The copy whose assessment the item keeps (the strongest flagged one).
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
    platform          TEXT    NOT NULL,
    copies            INTEGER NOT NULL CHECK (copies >= 1),
    distinct_authors  INTEGER NOT NULL CHECK (distinct_authors >= 0),
    reach             INTEGER NOT NULL CHECK (reach >= 0),
    -- Only an ordering key; readers recompute the exact value from the columns above.
    priority          REAL    NOT NULL,
    first_seen        INTEGER NOT NULL,
    last_seen         INTEGER NOT NULL
);

CREATE INDEX items_queue ON items (status, priority DESC, first_seen, id);
CREATE INDEX items_band0 ON items (band0, simhash);
CREATE INDEX items_band1 ON items (band1, simhash);
CREATE INDEX items_band2 ON items (band2, simhash);
CREATE INDEX items_band3 ON items (band3, simhash);

-- Content keys of near copies, so that a later exact copy of a near copy joins the same item.
-- (An item's own key is items.content_key; no key is in both places.)
CREATE TABLE item_keys (
    content_key TEXT NOT NULL PRIMARY KEY CHECK (content_key <> ''),
    item_id     TEXT NOT NULL REFERENCES items (id)
) WITHOUT ROWID;

-- Known authors per item, so counting distinct authors costs one lookup per copy.
CREATE TABLE item_authors (
    item_id TEXT NOT NULL REFERENCES items (id),
    author  TEXT NOT NULL,
    PRIMARY KEY (item_id, author)
) WITHOUT ROWID;

-- Every copy as it arrived, kept as evidence.
CREATE TABLE posts (
    -- Arrival order.
    seq         INTEGER PRIMARY KEY,
    id          TEXT    NOT NULL UNIQUE,
    item_id     TEXT    NOT NULL REFERENCES items (id),
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
    item_id    TEXT    NOT NULL REFERENCES items (id),
    action     TEXT    NOT NULL,
    category   TEXT,
    severity   INTEGER NOT NULL CHECK (severity BETWEEN 0 AND 4),
    note       TEXT,
    reviewer   TEXT    NOT NULL,
    decided_at INTEGER NOT NULL
);

CREATE INDEX decisions_by_item ON decisions (item_id, seq);
