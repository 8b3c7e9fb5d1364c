-- The layout a run's stored-rows hash (rows_sha256) was taken with: 1 for every run stored before
-- this column (each trace line with its factor plan's columns, as text), 2 for runs stored after
-- (factor plans once, lines and results as binary rows). The audit check recomputes each run's hash
-- in its own layout, so runs stored before still check.
ALTER TABLE calculation_run ADD COLUMN rows_digest_version INTEGER DEFAULT 1 NOT NULL;
