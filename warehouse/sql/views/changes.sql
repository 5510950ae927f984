-- changes: the changes feed (event_changes) with each event as it is now.
-- One row per (generation, event_id), in feed order; the event columns are the
-- event's current state (NULL once it was merged or retracted), not its state
-- at that generation.
CREATE OR REPLACE VIEW changes AS
SELECT c.generation, c.changed_at, c.event_id, c.change, c.merged_into,
       e.event_date, e.cameo_code, e.source_actor_id, e.target_actor_id, e.place_id,
       e.num_mentions, e.num_articles, e.num_sources, e.last_seen
FROM event_changes c
LEFT JOIN events e ON e.event_id = c.event_id
ORDER BY c.generation, c.event_id;

COMMENT ON VIEW changes IS 'One row per (change generation, event): added, revised, merged (merged_into) or retracted, with the event as it is now (NULL columns once it is gone).';
