-- dyad_counts.sql answered from the pre-aggregated dyad_counts (the pairs are
-- already as the ranking counts them). The rows slot is `pairs_grouped` when the
-- filter selects several periods of the grain, `pairs_one_period` when it
-- selects one (each pair is then one row: no grouping, which is most of the cost).
WITH pairs AS (
    {{rows}}
)
SELECT p.source_actor_id, p.target_actor_id, p.n, p.goldstein_sum / nullif(p.goldstein_count, 0) AS goldstein_mean
FROM pairs p
ORDER BY p.n DESC, p.source_actor_id, p.target_actor_id
LIMIT $limit
