-- PostgreSQL only (H2 keeps the foreign key of V1). A trace line's run is checked once per statement
-- instead of once per row, as V74 and V80 check an activity record's import: the foreign key's row
-- trigger looked the run up for every line, a fifth of the database's work in a run (1,000,000
-- records, 1,590,851 lines: 23.6 s of backend CPU with it, 19.5 s without; BENCHMARKS.md). A run's
-- COPY statements name one run, which is looked up (and locked FOR KEY SHARE) once. The rule is the
-- same: a line names a run that exists, locked against deletion as a foreign key locks it, and a
-- run cannot be deleted or renumbered while lines name it.
ALTER TABLE run_line DROP CONSTRAINT run_line_run_id_fkey;

CREATE FUNCTION run_line_run_known() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    lowest VARCHAR(36);
    highest VARCHAR(36);
    named BIGINT;
    known BIGINT;
BEGIN
    SELECT min(run_id), max(run_id) INTO lowest, highest FROM new_rows;
    IF lowest IS NULL THEN
        RETURN NULL;
    END IF;
    IF lowest = highest THEN
        PERFORM 1 FROM calculation_run r WHERE r.id = lowest FOR KEY SHARE OF r;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'run_line names a calculation run that does not exist'
                USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NULL;
    END IF;
    SELECT count(DISTINCT run_id) INTO named FROM new_rows;
    SELECT count(*) INTO known FROM (
        SELECT 1 FROM calculation_run r
        WHERE r.id IN (SELECT run_id FROM new_rows)
        FOR KEY SHARE OF r) locked;
    IF known <> named THEN
        RAISE EXCEPTION 'run_line names a calculation run that does not exist'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER run_line_run_inserted AFTER INSERT ON run_line
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION run_line_run_known();

CREATE TRIGGER run_line_run_updated AFTER UPDATE ON run_line
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION run_line_run_known();

CREATE FUNCTION calculation_run_without_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM run_line WHERE run_id = OLD.id) THEN
        RAISE EXCEPTION 'calculation_run % still has trace lines', OLD.id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END
$$;

CREATE TRIGGER calculation_run_deleted BEFORE DELETE ON calculation_run
    FOR EACH ROW EXECUTE FUNCTION calculation_run_without_lines();

CREATE TRIGGER calculation_run_renumbered BEFORE UPDATE OF id ON calculation_run
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION calculation_run_without_lines();
