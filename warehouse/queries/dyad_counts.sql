-- Actor pairs ranked by their number of events. Pairs are directed (source ->
-- target), except that a symmetric event (events.is_symmetric: consultations,
-- agreements, ...) has no direction: it is counted under the pair in id order,
-- so "A consults B" and "B consults A" add up to one pair. The events slot is an
-- event relation (event_sources.sql); dyad_counts_pairs.sql answers the same
-- from the pre-aggregated dyad_counts.
WITH sided AS (
    SELECT CASE WHEN e.is_symmetric AND e.target_actor_id < e.source_actor_id
                THEN e.target_actor_id ELSE e.source_actor_id END AS source_actor_id,
           CASE WHEN e.is_symmetric AND e.target_actor_id < e.source_actor_id
                THEN e.source_actor_id ELSE e.target_actor_id END AS target_actor_id,
           e.goldstein
    FROM {{events}} e
    WHERE e.target_actor_id IS NOT NULL AND {{filters}}
)
SELECT s.source_actor_id, s.target_actor_id, count(*) AS n, sum(s.goldstein) / nullif(count(s.goldstein), 0) AS goldstein_mean
FROM sided s
GROUP BY s.source_actor_id, s.target_actor_id
ORDER BY n DESC, s.source_actor_id, s.target_actor_id
LIMIT $limit
