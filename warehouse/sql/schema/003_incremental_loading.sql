-- 003: what incremental loads and stable event ids need.
-- Later changes go in new numbered files (ALTER TABLE ... ADD COLUMN IF NOT EXISTS); nothing is ever dropped.

-- The words each part of a mention was resolved from (evidence for "persons known by every spelling").
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS source_text VARCHAR;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS target_text VARCHAR;
ALTER TABLE event_mentions ADD COLUMN IF NOT EXISTS date_text VARCHAR;

-- Whether the event's CAMEO code is symmetric (source and target may be swapped).
ALTER TABLE events ADD COLUMN IF NOT EXISTS is_symmetric BOOLEAN;

CREATE TABLE IF NOT EXISTS event_merges (
    old_event_id    BIGINT PRIMARY KEY,   -- an id that no longer exists in events
    event_id        BIGINT NOT NULL,      -- the event its mentions joined
    merged_at       TIMESTAMP NOT NULL DEFAULT current_timestamp
);
COMMENT ON TABLE event_merges IS 'One row per retired event id: a later mention bridged two events and the one with the smaller id absorbed the other.';

CREATE TABLE IF NOT EXISTS id_counters (
    name            VARCHAR PRIMARY KEY,
    next_value      BIGINT NOT NULL
);
COMMENT ON TABLE id_counters IS 'One row per id sequence (event_id): the next value to hand out, so a retired id is never reused.';
