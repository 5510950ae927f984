-- For each actor, the actors on the other side of its events, ranked by the
-- number of events (both directions), at most $limit each.
WITH sides AS (
    SELECT e.source_actor_id AS actor_id, e.target_actor_id AS counterpart_id
    FROM events e
    WHERE e.source_actor_id IN ({{ids}}) AND e.target_actor_id IS NOT NULL
    UNION ALL
    SELECT e.target_actor_id, e.source_actor_id
    FROM events e
    WHERE e.target_actor_id IN ({{ids}})
),
counted AS (
    SELECT actor_id, counterpart_id, count(*) AS n
    FROM sides
    GROUP BY actor_id, counterpart_id
)
SELECT actor_id, counterpart_id, n
FROM counted
QUALIFY row_number() OVER (PARTITION BY actor_id ORDER BY n DESC, counterpart_id) <= $limit
ORDER BY actor_id, n DESC, counterpart_id
