-- Dyad time series: how many events each directed (source, target) pair had per day and CAMEO root.
CREATE OR REPLACE VIEW daily_dyad_counts AS
SELECT
    e.event_date                                   AS day,
    e.source_actor_id,
    s.name                                         AS source_name,
    s.country_code                                 AS source_country,
    e.target_actor_id,
    t.name                                         AS target_name,
    t.country_code                                 AS target_country,
    coalesce(c.root_code, left(e.cameo_code, 2))   AS cameo_root,
    count(*)                                       AS event_count,
    CAST(sum(e.num_articles) AS BIGINT)            AS article_count,
    avg(c.goldstein)                               AS goldstein_mean
FROM events e
LEFT JOIN cameo_codes c ON c.cameo_code = e.cameo_code
LEFT JOIN actors s      ON s.actor_id = e.source_actor_id
LEFT JOIN actors t      ON t.actor_id = e.target_actor_id
GROUP BY ALL;
COMMENT ON VIEW daily_dyad_counts IS 'One row per (event day, source actor, target actor, CAMEO root): event count, articles telling them, mean Goldstein score. Undated events have day NULL.';
