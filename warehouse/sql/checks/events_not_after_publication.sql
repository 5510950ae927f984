-- Events dated after the publication of every article that mentions them
-- (an announced future act is dated on the day it was announced, so none may be later).
SELECT e.event_id, e.event_date, max(a.published_at) AS latest_publication
FROM events e
JOIN event_mentions m USING (event_id)
JOIN articles a ON a.article_id = m.article_id
WHERE e.event_date IS NOT NULL AND a.published_at IS NOT NULL
GROUP BY e.event_id, e.event_date
HAVING e.event_date > max(a.published_at) + INTERVAL 1 DAY
