-- The next event id to hand out (id_counters), default 1.
SELECT coalesce(max(next_value), 1) FROM id_counters WHERE name = 'event_id'
