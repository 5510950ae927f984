-- The ledger warehouse.migrate keeps of the DDL files it applied.
CREATE TABLE IF NOT EXISTS schema_migrations (
    name        VARCHAR PRIMARY KEY,   -- 'schema/001_core_tables.sql'
    checksum    VARCHAR NOT NULL,      -- sha256 of the file's text when applied
    applied_at  TIMESTAMP NOT NULL DEFAULT current_timestamp
);
COMMENT ON TABLE schema_migrations IS 'One row per DDL file of warehouse/sql applied to this file (name, checksum, when).';
