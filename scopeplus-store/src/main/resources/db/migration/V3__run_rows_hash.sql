-- The SHA-256 of a run's stored results and trace lines, recorded in its audit entry, so a result or
-- a trace line edited in the database no longer matches; and each result's position in the run,
-- the order the results are hashed in. Runs stored before these columns have the empty value.
ALTER TABLE calculation_run ADD COLUMN rows_sha256 VARCHAR(64) DEFAULT '' NOT NULL;
ALTER TABLE run_result ADD COLUMN row_no INTEGER DEFAULT 0 NOT NULL;
