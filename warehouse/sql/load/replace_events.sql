-- The events table becomes the caller's events, with the counts computed here:
-- num_mentions from the stored mentions, num_articles = distinct articles of its mentions plus
-- the second reports pointing at them, num_sources = distinct articles.source of those.
-- first_seen is kept from the previous row of the same id; last_seen is kept when the event's
-- fingerprint (mentions and telling articles) did not change, else it is this load's time.
-- An event with no mention left is not stored.
CREATE OR REPLACE TEMP TABLE event_counts AS
WITH mention_counts AS (
    SELECT event_id, count(*) AS num_mentions FROM event_mentions GROUP BY event_id
),
mention_articles AS (
    SELECT DISTINCT event_id, article_id FROM event_mentions
),
telling AS (
    SELECT ma.event_id, a.article_id, a.source FROM mention_articles ma JOIN articles a ON a.article_id = ma.article_id
    UNION
    SELECT ma.event_id, d.article_id, d.source FROM mention_articles ma JOIN articles d ON d.duplicate_of = ma.article_id
),
article_counts AS (
    SELECT event_id, count(DISTINCT article_id) AS num_articles, count(DISTINCT source) AS num_sources
    FROM telling GROUP BY event_id
)
SELECT
    mc.event_id,
    CAST(mc.num_mentions AS INTEGER) AS num_mentions,
    CAST(coalesce(ac.num_articles, 0) AS INTEGER) AS num_articles,
    CAST(coalesce(ac.num_sources, 0) AS INTEGER) AS num_sources
FROM mention_counts mc LEFT JOIN article_counts ac USING (event_id);

CREATE OR REPLACE TEMP TABLE incoming_events AS
SELECT
    b.event_id, b.event_date, b.event_date_end, b.date_precision, b.cameo_code,
    b.source_actor_id, b.target_actor_id, b.place_id,
    c.num_mentions, c.num_articles, c.num_sources,
    coalesce(p.first_seen, l.loaded_now) AS first_seen,
    CASE WHEN p.event_id IS NOT NULL AND p.fingerprint IS NOT DISTINCT FROM f.fingerprint
         THEN p.last_seen ELSE l.loaded_now END AS last_seen,
    b.confidence, b.certainty, b.correction, b.is_symmetric
FROM batch_events b
JOIN event_counts c USING (event_id)
CROSS JOIN load_parameters l
LEFT JOIN previous_events p USING (event_id)
LEFT JOIN fingerprints_after f USING (event_id);

DELETE FROM events;
INSERT INTO events BY NAME SELECT * FROM incoming_events;
