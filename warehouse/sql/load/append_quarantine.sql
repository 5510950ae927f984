-- Refused records are appended; a (file, line, reason) already stored is not stored again.
INSERT INTO quarantine (file, line, reason, detail, payload, quarantined_at)
SELECT q.file, q.line, q.reason, coalesce(q.detail, q.reason), q.payload, (SELECT loaded_now FROM load_parameters)
FROM (
    SELECT DISTINCT ON (file, line, reason) * FROM batch_quarantine ORDER BY file, line, reason, detail, payload
) q
WHERE NOT EXISTS (
    SELECT 1 FROM quarantine s
    WHERE s.file = q.file AND s.line IS NOT DISTINCT FROM q.line AND s.reason = q.reason
);
