-- The packed trace lines of a block (run_line_block.lines, V84) are deflated by the service
-- (PackedLines): PostgreSQL stores them out of line as they come, without trying to compress
-- them again (BENCHMARKS.md).
ALTER TABLE run_line_block ALTER COLUMN lines SET STORAGE EXTERNAL;
