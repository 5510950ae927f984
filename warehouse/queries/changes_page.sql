-- One page of the changes feed (event_changes), in feed order (generation, then
-- event id), after the (generation, event_id) a consumer last saw. Always at
-- least one row: `latest` (the newest generation, 0 when there is none) comes
-- with every row, and with a row of NULLs when the page is empty.
WITH latest AS (
    SELECT coalesce(max(generation), 0) AS latest FROM event_changes
),
page AS (
    SELECT c.generation, c.changed_at, c.event_id, c.change, c.merged_into
    FROM event_changes c
    WHERE c.generation > $after_generation OR (c.generation = $after_generation AND c.event_id > $after_event_id)
    ORDER BY c.generation, c.event_id
    LIMIT $limit
)
SELECT l.latest, p.*
FROM latest l
LEFT JOIN page p ON true
ORDER BY p.generation, p.event_id
