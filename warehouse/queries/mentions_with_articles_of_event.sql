-- The mentions of ONE event with their articles (`article_row`: the fields of
-- articles_by_ids.sql), in article and sentence order: `event(id)` with its
-- evidence in one statement. Only for a single event: with `m.event_id = $id`
-- DuckDB looks the articles up by key, while for an IN list of several events
-- it reads every article (mentions_by_event_ids.sql and articles_by_ids.sql
-- are then two statements).
SELECT m.mention_id, m.event_id, m.article_id, m.sentence_index, m.sentence, m.char_start, m.char_end,
       m.event_date, m.date_precision, m.date_method, m.place_method, m.rule, m.confidence,
       m.certainty, m.reported_by, m.language, m.trigger,
       CASE WHEN a.article_id IS NOT NULL THEN {'article_id': a.article_id, 'title': a.title, 'text': a.text,
            'source': a.source, 'url': a.url, 'published_at': a.published_at, 'language': a.language,
            'duplicate_of': a.duplicate_of} END AS article_row
FROM event_mentions m
LEFT JOIN articles a ON a.article_id = m.article_id
WHERE m.event_id = $event_id
ORDER BY m.article_id, m.sentence_index, m.mention_id
