-- Events whose stored num_mentions / num_articles disagree with their mentions and second reports.
WITH mention_articles AS (SELECT DISTINCT event_id, article_id FROM event_mentions),
telling AS (
    SELECT event_id, article_id FROM mention_articles
    UNION
    SELECT ma.event_id, d.article_id FROM mention_articles ma JOIN articles d ON d.duplicate_of = ma.article_id
),
actual AS (
    SELECT e.event_id,
           (SELECT count(*) FROM event_mentions m WHERE m.event_id = e.event_id) AS mentions,
           (SELECT count(*) FROM telling t WHERE t.event_id = e.event_id) AS articles
    FROM events e
)
SELECT e.event_id, e.num_mentions, a.mentions, e.num_articles, a.articles
FROM events e JOIN actual a USING (event_id)
WHERE e.num_mentions <> a.mentions OR e.num_articles <> a.articles
