-- Every CAMEO code: the fields of cameo_by_codes.sql.
SELECT c.cameo_code, c.label, c.root_code, c.root_label, c.quad_class, c.goldstein, c.plover_type, c.plover_mode
FROM cameo_codes c
