-- The trace lines of one activity record, for the console's record page and the API's lines of a
-- record: without it, finding a record's two or three lines read every line of the run.
CREATE INDEX run_line_record ON run_line (run_id, record_id, line_no);
