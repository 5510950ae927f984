-- Events by id whose dates are known to lie between $first_date and
-- $last_date (or to be NULL when $undated): the date range lets zone maps
-- skip every other row group of event_facts, which is stored by date.
SELECT e.event_id, e.event_date, e.event_date_end, e.date_precision, e.cameo_code,
       e.source_actor_id, e.target_actor_id, e.place_id,
       e.num_mentions, e.num_articles, e.num_sources, e.confidence, e.certainty
FROM event_facts e
WHERE e.event_id IN ({{ids}})
  AND (e.event_date BETWEEN $first_date AND $last_date OR (e.event_date IS NULL AND $undated))
