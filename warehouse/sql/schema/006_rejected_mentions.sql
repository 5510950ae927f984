-- 005: mentions the validation set aside, and events with one known side.
-- Safe to run again: CREATE ... IF NOT EXISTS; DROP NOT NULL on a nullable column does nothing.

CREATE TABLE IF NOT EXISTS rejected_mentions (
    mention_id      VARCHAR NOT NULL,     -- '<article_id>:<sentence_index>:<n>', as it would have been stored
    rule            VARCHAR NOT NULL,     -- the mention rule broken (warehouse/sql/checks.csv, kind mention_rule)
    article_id      VARCHAR NOT NULL,
    sentence_index  INTEGER,
    sentence        VARCHAR,
    char_start      INTEGER,
    char_end        INTEGER,
    value           VARCHAR,              -- the offending value ('2026-01-01 > published 2025-08-31 + 1 day')
    mention         VARCHAR,              -- the whole mention as the coder gave it, as JSON: nothing is lost
    run_id          VARCHAR,              -- the Dagster run that coded it
    rejected_at     TIMESTAMP NOT NULL,
    PRIMARY KEY (mention_id, rule)
);
COMMENT ON TABLE rejected_mentions IS 'One row per (mention, rule it broke) of the stored version of an article: mentions the validation kept out of event_mentions; replaced whenever the article is coded again (changed, or recoded by dyad backfill) and removed with it.';
COMMENT ON COLUMN rejected_mentions.mention_id IS 'The id the mention would have had in event_mentions.';
COMMENT ON COLUMN rejected_mentions.rule IS 'Name of the mention rule broken (warehouse/sql/mention_rules/<rule>.sql); a mention breaking two rules has two rows.';
COMMENT ON COLUMN rejected_mentions.value IS 'The offending value, as the rule reports it.';
COMMENT ON COLUMN rejected_mentions.mention IS 'Every column of the rejected mention (actors, date, place, rule, trigger), as JSON text.';
COMMENT ON COLUMN rejected_mentions.run_id IS 'Dagster run id of the run that coded and rejected it (NULL outside Dagster).';
COMMENT ON COLUMN rejected_mentions.rejected_at IS 'When the load that set it aside was published.';

-- DESIGN.md: an event may have one known side -- a target without a source is legal as well.
ALTER TABLE event_mentions ALTER COLUMN source_actor_id DROP NOT NULL;
ALTER TABLE events ALTER COLUMN source_actor_id DROP NOT NULL;
COMMENT ON COLUMN event_mentions.source_actor_id IS 'The source actor; NULL when only the target is known (a mention has at least one side).';
COMMENT ON COLUMN events.source_actor_id IS 'The source actor; NULL when only the target is known.';
