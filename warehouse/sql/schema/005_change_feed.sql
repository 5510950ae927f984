-- 005: the changes feed (what each publish did to events), for those who sync Dyad into their own systems.

CREATE TABLE IF NOT EXISTS event_changes (
    generation      BIGINT NOT NULL,      -- the publish that made the change: 1, 2, ... (only publishes that change events count)
    event_id        BIGINT NOT NULL,
    change          VARCHAR NOT NULL,     -- added | revised | merged | retracted
    merged_into     BIGINT,               -- for `merged`: the event that absorbed this one
    changed_at      TIMESTAMP NOT NULL,   -- the publish's clock
    PRIMARY KEY (generation, event_id)
);
COMMENT ON TABLE event_changes IS 'One row per (change generation, event): an event added, revised (its mentions or the articles telling it changed: new reports, corrections, re-coding, merges into it), merged into another (its id retired) or retracted (no mention left) by the publish of that generation. A publish that changes no event adds no generation.';
