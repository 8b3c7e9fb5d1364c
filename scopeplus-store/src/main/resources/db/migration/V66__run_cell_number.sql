-- A run's cells numbered in the order the run stored them, so the stored-rows hash (layout 3) can
-- read them back in that order on any database, as it reads results by row_no. Cells of runs stored
-- before are numbered 0: their runs keep layout 1 or 2, which do not cover the cells.
ALTER TABLE run_cell ADD COLUMN cell_no INTEGER DEFAULT 0 NOT NULL;
