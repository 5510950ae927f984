-- How many rows the reference tables hold (the API keeps them in memory when small).
SELECT (SELECT count(*) FROM actors) AS actors, (SELECT count(*) FROM places) AS places,
       (SELECT count(*) FROM cameo_codes) AS cameo_codes
