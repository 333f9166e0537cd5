-- Upstander's schema for PostgreSQL; the same shape as the SQLite one, with native types.
--
-- The application speaks microseconds since the Unix epoch; the two functions below convert
-- exactly (no floating point), so a timestamp read back equals the one written.
-- Never edit this file once released; add a new migration.

CREATE FUNCTION upstander_ts(us BIGINT) RETURNS TIMESTAMPTZ
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT to_timestamp(us / 1000000) + (us % 1000000) * INTERVAL '1 microsecond' $$;

CREATE FUNCTION upstander_us(ts TIMESTAMPTZ) RETURNS BIGINT
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT (extract(epoch FROM ts) * 1000000)::BIGINT $$;

-- One row per queue item: a group of identical or near-identical posts.
CREATE TABLE items (
    id                UUID             NOT NULL PRIMARY KEY,
    -- The id's last 12 hex digits in reverse order, as a number, so that a short id suffix is
    -- a range scan (UUIDv7 ids begin with the time, so items made together share a prefix).
    short_key         BIGINT           NOT NULL,
    status            TEXT             NOT NULL CHECK (status IN ('open', 'decided', 'cleared')),
    -- The first copy's content key; keys of near copies are in item_keys.
    content_key       TEXT             NOT NULL UNIQUE CHECK (content_key <> ''),
    -- SimHash of the first copy, as the signed 64-bit pattern: near-copy candidates are
    -- confirmed against it.
    simhash           BIGINT           NOT NULL,
    -- The representative: the copy whose assessment the item keeps (the first copy, until a
    -- flagged copy reopens a cleared item or a stronger flagged copy arrives). No foreign key:
    -- posts point back at items.
    assessed_post_id  UUID             NOT NULL,
    -- JSON, not JSONB: kept verbatim, and JSONB cannot hold an escaped NUL.
    assessment        JSON             NOT NULL,
    flagged           BIGINT           NOT NULL CHECK (flagged IN (0, 1)),
    severity          BIGINT           NOT NULL CHECK (severity BETWEEN 0 AND 4),
    score             DOUBLE PRECISION NOT NULL,
    top_category      TEXT,
    -- Every category id between single spaces (' HATE.SLUR VIOL.THREAT ').
    categories        TEXT             NOT NULL,
    -- The representative's platform.
    platform          TEXT             NOT NULL,
    copies            BIGINT           NOT NULL CHECK (copies >= 1),
    distinct_authors  BIGINT           NOT NULL CHECK (distinct_authors >= 0),
    reach             BIGINT           NOT NULL CHECK (reach >= 0),
    -- Only an ordering key; readers recompute the exact value.
    priority          DOUBLE PRECISION NOT NULL,
    first_seen        TIMESTAMPTZ      NOT NULL,
    last_seen         TIMESTAMPTZ      NOT NULL
);

CREATE INDEX items_queue ON items (status, priority DESC, first_seen, id);
CREATE INDEX items_short_key ON items (short_key);

-- Near-copy keys (MinHash LSH band keys) of each item's first copy, as signed 64-bit patterns:
-- an item is a candidate near copy of a post when they share a key.
CREATE TABLE item_near_keys (
    near_key BIGINT NOT NULL,
    item_id  UUID   NOT NULL REFERENCES items (id),
    PRIMARY KEY (near_key, item_id)
);

-- Content keys of near copies, so that a later exact copy of a near copy joins the same item.
-- (An item's own key is items.content_key; no key is in both places.)
CREATE TABLE item_keys (
    content_key TEXT NOT NULL PRIMARY KEY CHECK (content_key <> ''),
    item_id     UUID NOT NULL REFERENCES items (id)
);

-- Known authors per item.
CREATE TABLE item_authors (
    item_id UUID NOT NULL REFERENCES items (id),
    author  TEXT NOT NULL,
    PRIMARY KEY (item_id, author)
);

-- Every copy as it arrived, kept as evidence.
CREATE TABLE posts (
    -- Arrival order.
    seq         BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          UUID        NOT NULL UNIQUE,
    item_id     UUID        NOT NULL REFERENCES items (id),
    ingest_key  TEXT        NOT NULL UNIQUE CHECK (ingest_key <> ''),
    content_key TEXT        NOT NULL CHECK (content_key <> ''),
    simhash     BIGINT      NOT NULL,
    platform    TEXT        NOT NULL,
    source_id   TEXT,
    text        TEXT        NOT NULL,
    author      TEXT,
    url         TEXT,
    created_at  TIMESTAMPTZ,
    lang        TEXT,
    engagement  BIGINT      CHECK (engagement >= 0),
    ingested_at TIMESTAMPTZ NOT NULL,
    match_kind  TEXT        NOT NULL CHECK (match_kind IN ('first', 'exact', 'near'))
);

CREATE INDEX posts_by_item ON posts (item_id, seq);

-- Reviewers' decisions; append-only.
CREATE TABLE decisions (
    seq        BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id         UUID        NOT NULL UNIQUE,
    item_id    UUID        NOT NULL REFERENCES items (id),
    action     TEXT        NOT NULL,
    category   TEXT,
    severity   BIGINT      NOT NULL CHECK (severity BETWEEN 0 AND 4),
    note       TEXT,
    reviewer   TEXT        NOT NULL,
    decided_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX decisions_by_item ON decisions (item_id, seq);
