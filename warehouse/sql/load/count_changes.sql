-- What this load changed, for the LoadReport: one row.
SELECT
    (SELECT count(*) FROM incoming_events WHERE event_id NOT IN (SELECT event_id FROM previous_events)) AS events_new,
    (SELECT count(*) FROM incoming_events i
        LEFT JOIN previous_events p USING (event_id) LEFT JOIN fingerprints_after f USING (event_id)
        WHERE p.fingerprint IS DISTINCT FROM f.fingerprint) AS events_changed,
    (SELECT count(*) FROM batch_events WHERE event_id NOT IN (SELECT event_id FROM event_counts)) AS events_without_mentions,
    (SELECT count(*) FROM event_mentions) AS mentions_total,
    (SELECT count(*) FROM events) AS events_total,
    (SELECT count(*) FROM articles) AS articles_total
