-- Retired event ids and the event that absorbed them. A retired id already recorded is
-- re-pointed when its target changed; rows pointing at an id retired now follow it.
UPDATE event_merges SET event_id = b.event_id, merged_at = (SELECT loaded_now FROM load_parameters)
FROM (SELECT DISTINCT ON (old_event_id) * FROM batch_merges ORDER BY old_event_id, event_id) b
WHERE event_merges.old_event_id = b.old_event_id AND event_merges.event_id <> b.event_id;

INSERT INTO event_merges (old_event_id, event_id, merged_at)
SELECT b.old_event_id, b.event_id, (SELECT loaded_now FROM load_parameters)
FROM (SELECT DISTINCT ON (old_event_id) * FROM batch_merges ORDER BY old_event_id, event_id) b
WHERE NOT EXISTS (SELECT 1 FROM event_merges m WHERE m.old_event_id = b.old_event_id);

UPDATE event_merges SET event_id = b.event_id
FROM batch_merges b
WHERE event_merges.event_id = b.old_event_id;
