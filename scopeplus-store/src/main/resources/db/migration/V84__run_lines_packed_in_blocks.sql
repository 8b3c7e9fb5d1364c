-- A run's trace lines are stored packed in the rows of their blocks (run_line_block, V81) instead
-- of a run_line row each: a block's lines, encoded by PackedLines (line numbers as deltas, numbers
-- as varints, a text the previous line repeats as a flag), are one value of the block's row. A
-- run of 1,000,000 records writes 1,590,851 lines: as rows, most of PostgreSQL's work in the run
-- went into the primary key, the heap and the COPY parsing of each line (BENCHMARKS.md).
-- calculation_run.line_layout says where a run's lines are: 1, a run_line row a line (every run
-- stored before this migration, read as before); 2, packed in run_line_block.lines, with
-- run_line_block.line_count lines a block. A block of a layout-1 run has neither.
ALTER TABLE run_line_block ADD COLUMN line_count INTEGER;
ALTER TABLE run_line_block ADD COLUMN lines BYTEA;
ALTER TABLE calculation_run ADD COLUMN line_layout INTEGER DEFAULT 1 NOT NULL;
