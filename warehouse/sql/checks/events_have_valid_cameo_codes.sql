-- Events whose CAMEO code is not in the reference table.
SELECT e.event_id, e.cameo_code FROM events e LEFT JOIN cameo_codes c USING (cameo_code) WHERE c.cameo_code IS NULL
