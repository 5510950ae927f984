-- Mentions whose CAMEO code is not in the code list (cameo_codes, from seeds/reference/cameo_codes.csv).
SELECT f.mention_id, coalesce(f.cameo_code, 'NULL') AS value
FROM mention_facts f
WHERE f.cameo_code IS NULL OR f.cameo_code NOT IN (SELECT cameo_code FROM cameo_codes)
