-- One row per event: a digest of its mention rows and of the articles telling it.
-- Equal before and after a load means the load did not touch the event (its last_seen is kept).
WITH mention_digest AS (
    SELECT m.event_id, md5(string_agg(md5(CAST(m AS VARCHAR)), ',' ORDER BY m.mention_id)) AS mentions
    FROM event_mentions m
    GROUP BY m.event_id
),
mention_articles AS (
    SELECT DISTINCT event_id, article_id FROM event_mentions
),
telling AS (
    SELECT ma.event_id, a.article_id, a.source FROM mention_articles ma JOIN articles a ON a.article_id = ma.article_id
    UNION
    SELECT ma.event_id, d.article_id, d.source FROM mention_articles ma JOIN articles d ON d.duplicate_of = ma.article_id
),
article_digest AS (
    SELECT event_id, md5(string_agg(article_id || '|' || coalesce(source, ''), ',' ORDER BY article_id)) AS articles
    FROM telling GROUP BY event_id
)
SELECT md.event_id, md.mentions || ':' || coalesce(ad.articles, '') AS fingerprint
FROM mention_digest md LEFT JOIN article_digest ad USING (event_id)
