-- The contract view (DESIGN.md): one row per distinct event per article.
-- A second report of a text (articles.duplicate_of) shares the events of the first.
-- A side that is a sector of a state ("COL:COP") is named as the telling article first names it
-- (event_mentions.source_label / target_label: "Carabineros", "manifestantes"), else by its actor's name without
-- the bracketed words the dictionaries add to tell namesakes apart ("Rapid Support Forces (Sudan)", "M23 (March 23
-- Movement)"): the country has its own column, and the actor id keeps them apart.
CREATE OR REPLACE VIEW article_events AS
WITH article_event AS (
    -- the article whose mentions tell the event: itself, else the first report it repeats
    SELECT article_id, event_id,
           coalesce(max(telling_article_id) FILTER (WHERE telling_article_id = article_id),
                    min(telling_article_id)) AS telling_article_id
    FROM (
        SELECT m.article_id, m.event_id, m.article_id AS telling_article_id
        FROM event_mentions m
        UNION ALL
        SELECT d.article_id, m.event_id, m.article_id
        FROM articles d
        JOIN event_mentions m ON m.article_id = d.duplicate_of
    )
    GROUP BY article_id, event_id
)
SELECT
    ae.article_id,
    e.event_id,
    e.event_date,
    e.event_date_end,
    e.date_precision,
    e.cameo_code,
    c.root_code          AS cameo_root,
    c.quad_class,
    c.goldstein,
    c.plover_type,
    s.actor_id           AS source_actor_id,
    coalesce(sl.label, regexp_replace(s.name, ' \([^)]*\)$', '')) AS source_name,
    s.country_code       AS source_country,
    s.role               AS source_role,
    t.actor_id           AS target_actor_id,
    coalesce(tl.label, regexp_replace(t.name, ' \([^)]*\)$', '')) AS target_name,
    t.country_code       AS target_country,
    t.role               AS target_role,
    p.name               AS location_name,
    p.country_code       AS location_country,
    p.latitude           AS location_latitude,
    p.longitude          AS location_longitude,
    p.geonames_id        AS location_geonames_id,
    e.num_mentions,
    e.num_articles,
    e.num_sources
FROM article_event ae
JOIN events e        ON e.event_id = ae.event_id
LEFT JOIN cameo_codes c ON c.cameo_code = e.cameo_code
LEFT JOIN actors s   ON s.actor_id = e.source_actor_id
LEFT JOIN actors t   ON t.actor_id = e.target_actor_id
LEFT JOIN places p   ON p.place_id = e.place_id
LEFT JOIN side_labels sl ON sl.article_id = ae.telling_article_id AND sl.event_id = e.event_id
                       AND sl.actor_id = e.source_actor_id
LEFT JOIN side_labels tl ON tl.article_id = ae.telling_article_id AND tl.event_id = e.event_id
                       AND tl.actor_id = e.target_actor_id;
COMMENT ON VIEW article_events IS 'One row per distinct event per article (second reports included), names not ids; a sector of a state is named as the article names it.';
