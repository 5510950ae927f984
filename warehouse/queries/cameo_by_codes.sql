-- CAMEO codes with their root, QuadClass, Goldstein score and PLOVER type.
SELECT c.cameo_code, c.label, c.root_code, c.root_label, c.quad_class, c.goldstein, c.plover_type, c.plover_mode
FROM cameo_codes c
WHERE c.cameo_code IN ({{ids}})
