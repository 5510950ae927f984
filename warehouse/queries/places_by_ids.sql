-- Places by id, for batched loads.
SELECT p.place_id, p.name, p.country_code, p.latitude, p.longitude, p.geonames_id, p.feature
FROM places p
WHERE p.place_id IN ({{ids}})
