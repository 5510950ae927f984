-- Reference tables, reloaded from seeds/ on every run.

CREATE TABLE IF NOT EXISTS cameo_codes (
    cameo_code      VARCHAR PRIMARY KEY,   -- '042'
    label           VARCHAR NOT NULL,
    root_code       VARCHAR NOT NULL,      -- '04'
    root_label      VARCHAR NOT NULL,
    quad_class      INTEGER NOT NULL,      -- GDELT: 01-05 -> 1, 06-09 -> 2, 10-14 -> 3, 15-20 -> 4
    goldstein       DOUBLE,
    plover_type     VARCHAR,
    plover_mode     VARCHAR
);
COMMENT ON TABLE cameo_codes IS 'One row per CAMEO event code, with QuadClass, Goldstein score and PLOVER type.';

CREATE TABLE IF NOT EXISTS countries (
    country_code    VARCHAR PRIMARY KEY,   -- ISO3, CAMEO known-group or region code
    name            VARCHAR NOT NULL,
    kind            VARCHAR NOT NULL       -- state | organisation | region
);
COMMENT ON TABLE countries IS 'One row per country, international organisation or region code used for actors and places.';
