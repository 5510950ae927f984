-- Core tables. Grain is stated in each COMMENT ON TABLE.
-- Applied by warehouse.migrate; every statement is safe to run again.

CREATE TABLE IF NOT EXISTS articles (
    article_id      VARCHAR PRIMARY KEY,
    title           VARCHAR,
    text            VARCHAR NOT NULL,
    source          VARCHAR,
    url             VARCHAR,
    published_at    DATE,
    language        VARCHAR,
    language_method VARCHAR,
    content_hash    VARCHAR NOT NULL,
    duplicate_of    VARCHAR,            -- article_id of the first report of the same text
    origin_file     VARCHAR,
    origin_line     INTEGER,
    origin_format   VARCHAR,
    encoding        VARCHAR,
    loaded_at       TIMESTAMP NOT NULL DEFAULT current_timestamp
);
COMMENT ON TABLE articles IS 'One row per article record (a second report of the same text has its own row with duplicate_of set).';

CREATE TABLE IF NOT EXISTS quarantine (
    file            VARCHAR NOT NULL,
    line            INTEGER,
    reason          VARCHAR NOT NULL,
    detail          VARCHAR NOT NULL,
    payload         VARCHAR,
    quarantined_at  TIMESTAMP NOT NULL DEFAULT current_timestamp,
    requeued        BOOLEAN NOT NULL DEFAULT false
);
COMMENT ON TABLE quarantine IS 'One row per refused input record (file, line) with the reason and the raw payload.';

CREATE TABLE IF NOT EXISTS actors (
    actor_id        VARCHAR PRIMARY KEY,
    name            VARCHAR NOT NULL,
    country_code    VARCHAR,
    role            VARCHAR,
    kind            VARCHAR NOT NULL
);
COMMENT ON TABLE actors IS 'One row per canonical actor (person, state or state sector, organisation).';

CREATE TABLE IF NOT EXISTS actor_aliases (
    actor_id        VARCHAR NOT NULL,
    alias           VARCHAR NOT NULL,
    PRIMARY KEY (actor_id, alias)
);
COMMENT ON TABLE actor_aliases IS 'One row per (actor, spelling) seen in the dictionary or in text.';

CREATE TABLE IF NOT EXISTS places (
    place_id        VARCHAR PRIMARY KEY,  -- 'gn:<geonames_id>' or 'cc:<ISO3>' for a country
    name            VARCHAR NOT NULL,
    country_code    VARCHAR,
    latitude        DOUBLE,
    longitude       DOUBLE,
    geonames_id     BIGINT,
    feature         VARCHAR
);
COMMENT ON TABLE places IS 'One row per place where an event happened (GeoNames).';

CREATE TABLE IF NOT EXISTS event_mentions (
    mention_id      VARCHAR PRIMARY KEY,
    event_id        BIGINT NOT NULL,
    article_id      VARCHAR NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence        VARCHAR NOT NULL,
    char_start      INTEGER NOT NULL,
    char_end        INTEGER NOT NULL,
    cameo_code      VARCHAR NOT NULL,
    source_actor_id VARCHAR NOT NULL,
    target_actor_id VARCHAR,
    event_date      DATE,
    event_date_end  DATE,
    date_precision  VARCHAR NOT NULL,
    date_method     VARCHAR NOT NULL,
    planned_date    DATE,
    place_id        VARCHAR,
    place_method    VARCHAR,
    rule            VARCHAR,
    confidence      DOUBLE,
    certainty       VARCHAR,
    reported_by     VARCHAR,
    language        VARCHAR,
    trigger         VARCHAR,
    correction      VARCHAR              -- id of the analyst correction applied, if any
);
COMMENT ON TABLE event_mentions IS 'One row per event stated by one sentence of one article (the provenance of events).';

CREATE TABLE IF NOT EXISTS events (
    event_id        BIGINT PRIMARY KEY,
    event_date      DATE,
    event_date_end  DATE,
    date_precision  VARCHAR NOT NULL,
    cameo_code      VARCHAR NOT NULL,
    source_actor_id VARCHAR NOT NULL,
    target_actor_id VARCHAR,
    place_id        VARCHAR,
    num_mentions    INTEGER NOT NULL,
    num_articles    INTEGER NOT NULL,
    num_sources     INTEGER NOT NULL,
    first_seen      TIMESTAMP NOT NULL,
    last_seen       TIMESTAMP NOT NULL,
    confidence      DOUBLE,
    certainty       VARCHAR,
    correction      VARCHAR
);
COMMENT ON TABLE events IS 'One row per happening: event mentions clustered by canonical actors, CAMEO root and date (+-1 day), across articles and batches.';
