-- The packed trace lines of a block (run_line_block.lines, V84) are written as PackedLines encodes
-- them and compressed by PostgreSQL with lz4: for a run of 10^6 records, 215 MB of blocks stored in
-- 70 MB, for the same backend CPU as storing them as given, where deflating them in the service
-- cost its JVM 1.3-1.6 s of CPU more and pglz (the default) cost the backend 2.4 s (BENCHMARKS.md).
-- A server built without lz4 refuses the setting: there the blocks are stored out of line as given,
-- and the service deflates them itself (TraceLineRows reads the column's compression before a run).
DO $$
BEGIN
    ALTER TABLE run_line_block ALTER COLUMN lines SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    ALTER TABLE run_line_block ALTER COLUMN lines SET STORAGE EXTERNAL;
END
$$;
