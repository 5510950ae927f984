-- Events by id, for batched loads.
SELECT e.event_id, e.event_date, e.event_date_end, e.date_precision, e.cameo_code,
       e.source_actor_id, e.target_actor_id, e.place_id,
       e.num_mentions, e.num_articles, e.num_sources, e.confidence, e.certainty
FROM events e
WHERE e.event_id IN ({{ids}})
