-- The next event id: the caller's, but never below an id already handed out.
INSERT OR REPLACE INTO id_counters (name, next_value)
SELECT 'event_id', greatest(
    (SELECT next_event_id FROM load_parameters),
    coalesce((SELECT next_value FROM id_counters WHERE name = 'event_id'), 1),
    coalesce((SELECT max(event_id) + 1 FROM events), 1),
    coalesce((SELECT max(old_event_id) + 1 FROM event_merges), 1)
);
