-- The changes feed: what this load did to events, as one new generation of
-- event_changes (none when it changed no event, so a load of nothing new leaves
-- the tables as they were). Compares the events before the load
-- (previous_events, with their fingerprints) with the events and merges after:
-- added = a new id; revised = the fingerprint (its mention rows and the
-- articles telling it) changed; merged = the id was retired into another
-- (event_merges); retracted = the id is gone otherwise.
INSERT INTO event_changes (generation, event_id, change, merged_into, changed_at)
WITH changed AS (
    SELECT e.event_id, 'added' AS change, NULL::BIGINT AS merged_into
    FROM events e
    WHERE e.event_id NOT IN (SELECT event_id FROM previous_events)
    UNION ALL
    SELECT e.event_id, 'revised', NULL
    FROM events e
    JOIN previous_events p USING (event_id)
    LEFT JOIN fingerprints_after f USING (event_id)
    WHERE p.fingerprint IS DISTINCT FROM f.fingerprint
    UNION ALL
    SELECT p.event_id, CASE WHEN m.event_id IS NULL THEN 'retracted' ELSE 'merged' END, m.event_id
    FROM previous_events p
    LEFT JOIN event_merges m ON m.old_event_id = p.event_id
    WHERE p.event_id NOT IN (SELECT event_id FROM events)
)
SELECT (SELECT coalesce(max(generation), 0) + 1 FROM event_changes), c.event_id, c.change, c.merged_into, l.loaded_now
FROM changed c, load_parameters l
ORDER BY c.event_id;
