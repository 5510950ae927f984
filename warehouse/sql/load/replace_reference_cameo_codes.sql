-- The CAMEO reference table is replaced as a whole by the seed's.
DELETE FROM cameo_codes;
INSERT INTO cameo_codes BY NAME SELECT * FROM batch_cameo_codes;
