-- actor_events: each event once under each actor on either side, sorted by
-- actor, then newest first, so "an actor's events" and a dyad read only that
-- actor's row groups. Same columns as event_facts, plus the side: `actor_id`
-- (this row's actor), `counterpart_id` (the other side, NULL when there is no
-- target) and `is_source`. An event whose target is its source is listed once; an event with
-- one known side (no target, or no source) once, under that side.
CREATE OR REPLACE TABLE actor_events AS
SELECT f.source_actor_id AS actor_id, f.target_actor_id AS counterpart_id, true AS is_source, f.*
FROM event_facts f
WHERE f.source_actor_id IS NOT NULL
UNION ALL
SELECT f.target_actor_id AS actor_id, f.source_actor_id AS counterpart_id, false AS is_source, f.*
FROM event_facts f
WHERE f.target_actor_id IS NOT NULL AND f.target_actor_id IS DISTINCT FROM f.source_actor_id
ORDER BY actor_id, event_date DESC NULLS LAST, event_id DESC;

COMMENT ON TABLE actor_events IS 'Derived (rebuilt on every publish): one row per (actor, event) with the actor on either side (source row, and target row unless the target is the source), with the columns of event_facts; sorted by actor_id, then newest first.';
