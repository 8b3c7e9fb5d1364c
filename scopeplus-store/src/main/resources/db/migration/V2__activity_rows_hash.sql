-- The SHA-256 of an import's stored activity rows, recorded in its audit entry, so a row edited in
-- the database no longer matches. Imports stored before this column have the empty value.
ALTER TABLE activity_import ADD COLUMN rows_sha256 VARCHAR(64) DEFAULT '' NOT NULL;
