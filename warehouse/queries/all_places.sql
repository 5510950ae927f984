-- Every place: the fields of places_by_ids.sql.
SELECT p.place_id, p.name, p.country_code, p.latitude, p.longitude, p.geonames_id, p.feature
FROM places p
