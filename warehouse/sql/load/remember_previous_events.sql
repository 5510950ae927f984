-- The events as they were before this load: ids, first/last seen, fingerprint (see event_fingerprints.sql).
CREATE OR REPLACE TEMP TABLE previous_events AS
SELECT e.event_id, e.first_seen, e.last_seen, f.fingerprint
FROM events e LEFT JOIN fingerprints_before f USING (event_id);
