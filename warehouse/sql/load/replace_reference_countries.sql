-- The countries reference table is replaced as a whole by the seed's.
DELETE FROM countries;
INSERT INTO countries BY NAME SELECT * FROM batch_countries;
