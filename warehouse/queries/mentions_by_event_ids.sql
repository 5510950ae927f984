-- The evidence of events: every mention (sentence of an article) of each event,
-- in article and sentence order. (Their articles are a statement of their own:
-- joining articles here makes DuckDB read all of them.)
SELECT m.mention_id, m.event_id, m.article_id, m.sentence_index, m.sentence, m.char_start, m.char_end,
       m.event_date, m.date_precision, m.date_method, m.place_method, m.rule, m.confidence,
       m.certainty, m.reported_by, m.language, m.trigger
FROM event_mentions m
WHERE m.event_id IN ({{ids}})
ORDER BY m.event_id, m.article_id, m.sentence_index, m.mention_id
