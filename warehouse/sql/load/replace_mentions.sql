-- Mentions of new and changed articles replace what was stored for them; a mention in the
-- batch replaces the stored row of the same mention_id (an analyst's correction re-writes it);
-- a mention whose only assignment is a NULL event_id was suppressed by a correction and goes.
-- Then every remaining mention takes the event id the caller's re-clustering gave it.
CREATE OR REPLACE TEMP TABLE batch_suppressed AS
SELECT mention_id FROM batch_mention_events GROUP BY mention_id HAVING count(event_id) = 0;

DELETE FROM event_mentions
WHERE article_id IN (SELECT article_id FROM batch_replaced)
   OR mention_id IN (SELECT mention_id FROM batch_new_mentions)
   OR mention_id IN (SELECT mention_id FROM batch_suppressed);

INSERT INTO event_mentions BY NAME
SELECT n.* REPLACE (coalesce(me.event_id, n.event_id) AS event_id)
FROM batch_new_mentions n
LEFT JOIN (SELECT DISTINCT ON (mention_id) * FROM batch_mention_events WHERE event_id IS NOT NULL
           ORDER BY mention_id, event_id) me USING (mention_id)
WHERE n.mention_id NOT IN (SELECT mention_id FROM batch_suppressed);

UPDATE event_mentions SET event_id = me.event_id
FROM (SELECT DISTINCT ON (mention_id) * FROM batch_mention_events WHERE event_id IS NOT NULL
      ORDER BY mention_id, event_id) me
WHERE event_mentions.mention_id = me.mention_id AND event_mentions.event_id IS DISTINCT FROM me.event_id;
