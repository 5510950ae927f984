-- One page of event keys (id, date) from a relation that has only those, such
-- as the events a text search finds (event_sources.sql text_hits), with the
-- number of all matches (before the cursor) on every row: the matches are all
-- computed anyway, so counting them here spares a second search.
WITH matching AS (
    SELECT e.event_id, e.event_date, count(*) OVER () AS total_count
    FROM {{events}} e
    WHERE {{filters}}
)
SELECT e.event_id, e.event_date, e.total_count
FROM matching e
WHERE {{after}}
ORDER BY {{order}}
LIMIT $limit
