-- The tamper-evident audit log: one row per audited action, hash-chained.
--
-- Append-only by convention: the store only ever inserts, numbering entries 1, 2, 3… under
-- the write lock. Times are microseconds since the Unix epoch, exactly as hashed. Hashes are
-- lower-case hex SHA-256 (see upstander_core::audit::entry_hash).
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY CHECK (seq > 0),
    at        INTEGER NOT NULL,
    actor     TEXT    NOT NULL,
    action    TEXT    NOT NULL,
    subject   TEXT    NOT NULL,
    details   TEXT    NOT NULL,
    prev_hash TEXT    NOT NULL,
    hash      TEXT    NOT NULL
);
