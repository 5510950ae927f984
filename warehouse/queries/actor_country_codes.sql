-- Every country code an actor has, upper-case (as filters compare them).
SELECT DISTINCT upper(country_code) AS code FROM actors WHERE country_code IS NOT NULL
