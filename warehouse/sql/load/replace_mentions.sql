-- Mentions of new and changed articles replace what was stored for them, then every
-- remaining mention takes the event id the caller's re-clustering gave it.
DELETE FROM event_mentions WHERE article_id IN (SELECT article_id FROM batch_replaced);

INSERT INTO event_mentions BY NAME
SELECT n.* REPLACE (coalesce(me.event_id, n.event_id) AS event_id)
FROM batch_new_mentions n
LEFT JOIN (SELECT DISTINCT ON (mention_id) * FROM batch_mention_events ORDER BY mention_id, event_id) me USING (mention_id);

UPDATE event_mentions SET event_id = me.event_id
FROM (SELECT DISTINCT ON (mention_id) * FROM batch_mention_events ORDER BY mention_id, event_id) me
WHERE event_mentions.mention_id = me.mention_id AND event_mentions.event_id IS DISTINCT FROM me.event_id;
