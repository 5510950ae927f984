-- The one clock reading and the id counter a load uses (connection-local; read by the other load files).
CREATE OR REPLACE TEMP TABLE load_parameters (loaded_now TIMESTAMP NOT NULL, next_event_id BIGINT NOT NULL);
