-- Places are upserted (the batch's attributes win).
INSERT OR REPLACE INTO places (place_id, name, country_code, latitude, longitude, geonames_id, feature)
SELECT DISTINCT ON (place_id) place_id, coalesce(name, place_id), country_code, latitude, longitude, geonames_id, feature
FROM batch_places
WHERE place_id IS NOT NULL
ORDER BY place_id, name;
