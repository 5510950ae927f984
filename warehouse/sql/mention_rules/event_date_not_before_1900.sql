-- Mentions dated before 1900 (no news report of the present states them).
SELECT mention_id, CAST(event_date AS VARCHAR) AS value
FROM mention_facts
WHERE event_date < DATE '1900-01-01'
