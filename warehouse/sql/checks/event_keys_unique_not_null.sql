-- Rows that break: event_id unique and not null.
SELECT event_id, count(*) AS n FROM events GROUP BY event_id HAVING event_id IS NULL OR count(*) > 1
