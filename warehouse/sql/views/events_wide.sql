-- One row per event with everything joined: names not ids, CAMEO label/root/QuadClass/Goldstein/PLOVER,
-- place coordinates, and the first evidence sentence (earliest published article, then article id, then sentence).
-- A side that is a sector of a state is named as the evidence article first names it, any other side by its actor's
-- name without the dictionaries' bracketed words (as in article_events).
CREATE OR REPLACE VIEW events_wide AS
WITH evidence AS (
    SELECT m.event_id, m.article_id, m.sentence, m.sentence_index, a.url, a.source, a.published_at
    FROM event_mentions m
    JOIN articles a ON a.article_id = m.article_id
    QUALIFY row_number() OVER (
        PARTITION BY m.event_id ORDER BY a.published_at NULLS LAST, m.article_id, m.sentence_index, m.mention_id
    ) = 1
)
SELECT
    e.event_id,
    e.event_date,
    e.event_date_end,
    e.date_precision,
    e.cameo_code,
    c.label                                        AS cameo_label,
    coalesce(c.root_code, left(e.cameo_code, 2))   AS cameo_root,
    c.root_label                                   AS cameo_root_label,
    c.quad_class,
    c.goldstein,
    c.plover_type,
    c.plover_mode,
    e.is_symmetric,
    e.source_actor_id,
    coalesce(sl.label, regexp_replace(s.name, ' \([^)]*\)$', '')) AS source_name,
    s.country_code       AS source_country,
    sc.name              AS source_country_name,
    s.role               AS source_role,
    s.kind               AS source_kind,
    e.target_actor_id,
    coalesce(tl.label, regexp_replace(t.name, ' \([^)]*\)$', '')) AS target_name,
    t.country_code       AS target_country,
    tc.name              AS target_country_name,
    t.role               AS target_role,
    t.kind               AS target_kind,
    e.place_id,
    p.name               AS location_name,
    p.country_code       AS location_country,
    pc.name              AS location_country_name,
    p.latitude           AS location_latitude,
    p.longitude          AS location_longitude,
    p.geonames_id        AS location_geonames_id,
    p.feature            AS location_feature,
    e.num_mentions,
    e.num_articles,
    e.num_sources,
    e.confidence,
    e.certainty,
    e.first_seen,
    e.last_seen,
    ev.article_id        AS evidence_article_id,
    ev.source            AS evidence_source,
    ev.url               AS evidence_url,
    ev.published_at      AS evidence_published_at,
    ev.sentence          AS evidence_sentence
FROM events e
LEFT JOIN cameo_codes c ON c.cameo_code = e.cameo_code
LEFT JOIN actors s      ON s.actor_id = e.source_actor_id
LEFT JOIN countries sc  ON sc.country_code = s.country_code
LEFT JOIN actors t      ON t.actor_id = e.target_actor_id
LEFT JOIN countries tc  ON tc.country_code = t.country_code
LEFT JOIN places p      ON p.place_id = e.place_id
LEFT JOIN countries pc  ON pc.country_code = p.country_code
LEFT JOIN evidence ev   ON ev.event_id = e.event_id
LEFT JOIN side_labels sl ON sl.article_id = ev.article_id AND sl.event_id = e.event_id AND sl.actor_id = e.source_actor_id
LEFT JOIN side_labels tl ON tl.article_id = ev.article_id AND tl.event_id = e.event_id AND tl.actor_id = e.target_actor_id;
COMMENT ON VIEW events_wide IS 'One row per event: names not ids, CAMEO label/root/QuadClass/Goldstein/PLOVER, place coordinates, first evidence sentence.';
