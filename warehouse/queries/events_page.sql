-- One page of events: filters, the rows after the cursor, the ordering and
-- LIMIT (one more than the page, to know whether another page follows). The
-- events slot is the relation event_sources.sql names.
SELECT e.event_id, e.event_date, e.event_date_end, e.date_precision, e.cameo_code,
       e.source_actor_id, e.target_actor_id, e.place_id,
       e.num_mentions, e.num_articles, e.num_sources, e.confidence, e.certainty
FROM {{events}} e
WHERE {{filters}} AND {{after}}
ORDER BY {{order}}
LIMIT $limit
