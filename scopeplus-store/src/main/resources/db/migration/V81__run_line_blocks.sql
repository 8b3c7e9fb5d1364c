-- A run's trace lines are found by record, and by org unit and activity type, through a summary of
-- each block of consecutive lines instead of two secondary indexes on run_line. The indexes of V8
-- and V17 were maintained for every line a run writes, about half of PostgreSQL's work in a run
-- (1,000,000 records, 1,590,851 lines: 19.5 s of backend CPU with them, 9.5 s without;
-- BENCHMARKS.md). A block row is written once per block of lines (TraceLineRows.BLOCK_LINES): its
-- first and last line numbers and two Bloom filters (LineBloom), one of the record ids of its lines
-- and one of their (org unit, activity type) pairs. A reader checks the filters of the run's blocks
-- and reads only the blocks that may hold what it asks for, by the primary key (run_id, line_no),
-- with the exact condition. Runs stored before this migration have no blocks and are read by the
-- primary key over the whole run with the same condition: the same lines, more slowly.
DROP INDEX run_line_unit_type;
DROP INDEX run_line_record;

CREATE TABLE run_line_block (
    run_id          VARCHAR(36)  NOT NULL REFERENCES calculation_run (id),
    block_no        INTEGER      NOT NULL,
    first_line_no   BIGINT       NOT NULL,
    last_line_no    BIGINT       NOT NULL,
    record_bloom    BYTEA        NOT NULL,
    unit_type_bloom BYTEA        NOT NULL,
    PRIMARY KEY (run_id, block_no)
);
