-- Our events in the GDELT 2.0 Events layout: exactly its 61 columns, in order
-- (seeds/sources/gdelt/GDELT_2.0_Events_Column_Labels_Header_Row_Sep2016.csv).
-- NULL where we have nothing. Deviations: country codes are ours (ISO 3166 alpha-3 /
-- CAMEO group and region codes), ActionGeo_CountryCode too (not FIPS 10-4);
-- ActionGeo_FeatureID is the GeoNames id (not GNS), or the country code for a country.
CREATE OR REPLACE VIEW gdelt_events AS
WITH first_mention AS (
    SELECT m.event_id, a.url, a.source, m.sentence_index
    FROM event_mentions m
    JOIN articles a ON a.article_id = m.article_id
    QUALIFY row_number() OVER (
        PARTITION BY m.event_id ORDER BY a.published_at NULLS LAST, m.article_id, m.sentence_index, m.mention_id
    ) = 1
),
lead AS (
    SELECT event_id, min(sentence_index) = 0 AS in_lead FROM event_mentions GROUP BY event_id
)
SELECT
    e.event_id                                                        AS "GLOBALEVENTID",
    CAST(strftime(e.event_date, '%Y%m%d') AS INTEGER)                 AS "SQLDATE",
    CAST(strftime(e.event_date, '%Y%m') AS INTEGER)                   AS "MonthYear",
    CAST(year(e.event_date) AS INTEGER)                               AS "Year",
    round(year(e.event_date) + (month(e.event_date) * 30 + day(e.event_date)) / 365.0, 4) AS "FractionDate",
    nullif(coalesce(s.country_code, '') || coalesce(s.role, ''), '')  AS "Actor1Code",
    upper(s.name)                                                     AS "Actor1Name",
    CASE WHEN sc.kind IS DISTINCT FROM 'organisation' THEN s.country_code END AS "Actor1CountryCode",
    CASE WHEN sc.kind = 'organisation' THEN s.country_code END        AS "Actor1KnownGroupCode",
    CAST(NULL AS VARCHAR)                                             AS "Actor1EthnicCode",
    CAST(NULL AS VARCHAR)                                             AS "Actor1Religion1Code",
    CAST(NULL AS VARCHAR)                                             AS "Actor1Religion2Code",
    s.role                                                            AS "Actor1Type1Code",
    CAST(NULL AS VARCHAR)                                             AS "Actor1Type2Code",
    CAST(NULL AS VARCHAR)                                             AS "Actor1Type3Code",
    nullif(coalesce(t.country_code, '') || coalesce(t.role, ''), '')  AS "Actor2Code",
    upper(t.name)                                                     AS "Actor2Name",
    CASE WHEN t.actor_id IS NOT NULL AND tc.kind IS DISTINCT FROM 'organisation' THEN t.country_code END AS "Actor2CountryCode",
    CASE WHEN tc.kind = 'organisation' THEN t.country_code END        AS "Actor2KnownGroupCode",
    CAST(NULL AS VARCHAR)                                             AS "Actor2EthnicCode",
    CAST(NULL AS VARCHAR)                                             AS "Actor2Religion1Code",
    CAST(NULL AS VARCHAR)                                             AS "Actor2Religion2Code",
    t.role                                                            AS "Actor2Type1Code",
    CAST(NULL AS VARCHAR)                                             AS "Actor2Type2Code",
    CAST(NULL AS VARCHAR)                                             AS "Actor2Type3Code",
    CAST(l.in_lead AS INTEGER)                                        AS "IsRootEvent",
    e.cameo_code                                                      AS "EventCode",
    left(e.cameo_code, 3)                                             AS "EventBaseCode",
    left(e.cameo_code, 2)                                             AS "EventRootCode",
    coalesce(c.quad_class, CASE
        WHEN left(e.cameo_code, 2) BETWEEN '01' AND '05' THEN 1
        WHEN left(e.cameo_code, 2) BETWEEN '06' AND '09' THEN 2
        WHEN left(e.cameo_code, 2) BETWEEN '10' AND '14' THEN 3
        WHEN left(e.cameo_code, 2) BETWEEN '15' AND '20' THEN 4 END)  AS "QuadClass",
    c.goldstein                                                       AS "GoldsteinScale",
    e.num_mentions                                                    AS "NumMentions",
    e.num_sources                                                     AS "NumSources",
    e.num_articles                                                    AS "NumArticles",
    CAST(NULL AS DOUBLE)                                              AS "AvgTone",
    CAST(NULL AS INTEGER)                                             AS "Actor1Geo_Type",
    CAST(NULL AS VARCHAR)                                             AS "Actor1Geo_FullName",
    CAST(NULL AS VARCHAR)                                             AS "Actor1Geo_CountryCode",
    CAST(NULL AS VARCHAR)                                             AS "Actor1Geo_ADM1Code",
    CAST(NULL AS VARCHAR)                                             AS "Actor1Geo_ADM2Code",
    CAST(NULL AS DOUBLE)                                              AS "Actor1Geo_Lat",
    CAST(NULL AS DOUBLE)                                              AS "Actor1Geo_Long",
    CAST(NULL AS VARCHAR)                                             AS "Actor1Geo_FeatureID",
    CAST(NULL AS INTEGER)                                             AS "Actor2Geo_Type",
    CAST(NULL AS VARCHAR)                                             AS "Actor2Geo_FullName",
    CAST(NULL AS VARCHAR)                                             AS "Actor2Geo_CountryCode",
    CAST(NULL AS VARCHAR)                                             AS "Actor2Geo_ADM1Code",
    CAST(NULL AS VARCHAR)                                             AS "Actor2Geo_ADM2Code",
    CAST(NULL AS DOUBLE)                                              AS "Actor2Geo_Lat",
    CAST(NULL AS DOUBLE)                                              AS "Actor2Geo_Long",
    CAST(NULL AS VARCHAR)                                             AS "Actor2Geo_FeatureID",
    CASE
        WHEN p.place_id IS NULL THEN NULL
        WHEN p.feature = 'country' OR starts_with(p.place_id, 'cc:') THEN 1
        WHEN p.country_code = 'USA' THEN 3
        ELSE 4 END                                                    AS "ActionGeo_Type",
    CASE WHEN p.place_id IS NOT NULL THEN
        CASE WHEN pc.name IS NULL OR p.name = pc.name THEN p.name ELSE p.name || ', ' || pc.name END
    END                                                               AS "ActionGeo_FullName",
    p.country_code                                                    AS "ActionGeo_CountryCode",
    CAST(NULL AS VARCHAR)                                             AS "ActionGeo_ADM1Code",
    CAST(NULL AS VARCHAR)                                             AS "ActionGeo_ADM2Code",
    p.latitude                                                        AS "ActionGeo_Lat",
    p.longitude                                                       AS "ActionGeo_Long",
    coalesce(CAST(p.geonames_id AS VARCHAR), CASE WHEN starts_with(p.place_id, 'cc:') THEN p.country_code END) AS "ActionGeo_FeatureID",
    CAST(strftime(e.first_seen, '%Y%m%d%H%M%S') AS BIGINT)            AS "DATEADDED",
    coalesce(fm.url, fm.source)                                       AS "SOURCEURL"
FROM events e
LEFT JOIN cameo_codes c   ON c.cameo_code = e.cameo_code
LEFT JOIN actors s        ON s.actor_id = e.source_actor_id
LEFT JOIN countries sc    ON sc.country_code = s.country_code
LEFT JOIN actors t        ON t.actor_id = e.target_actor_id
LEFT JOIN countries tc    ON tc.country_code = t.country_code
LEFT JOIN places p        ON p.place_id = e.place_id
LEFT JOIN countries pc    ON pc.country_code = p.country_code
LEFT JOIN first_mention fm ON fm.event_id = e.event_id
LEFT JOIN lead l          ON l.event_id = e.event_id;
COMMENT ON VIEW gdelt_events IS 'One row per event in the GDELT 2.0 Events layout (61 columns, in order); NULL where Dyad has nothing; country codes are ISO3/CAMEO, not FIPS.';
