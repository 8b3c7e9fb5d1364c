-- PostgreSQL only. The per-statement check of V74, cheaper in the case every import makes: all the
-- statement's records name one import (a COPY of 5,000 rows of one file). The new rows are read
-- once for their lowest and highest import id; when these are the same, the import is looked up
-- (and locked FOR KEY SHARE) once, instead of the rows' distinct ids being sorted and joined to
-- the imports. Statements naming several imports are checked as V74 checked them. On a scratch
-- copy of activity_record, 1,000,000 rows in 200 COPY statements under savepoints, backend CPU:
-- 6.9 to 7.5 s with V74's check, 6.5 to 6.9 s with this one, 6.1 to 6.4 s with a trigger that
-- checks nothing (BENCHMARKS.md). The rule is the same: a record names an import that exists,
-- locked against deletion as a foreign key locks it.
CREATE OR REPLACE FUNCTION activity_record_import_known() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    lowest VARCHAR(36);
    highest VARCHAR(36);
    named BIGINT;
    known BIGINT;
BEGIN
    SELECT min(import_id), max(import_id) INTO lowest, highest FROM new_rows;
    IF lowest IS NULL THEN
        RETURN NULL;
    END IF;
    IF lowest = highest THEN
        PERFORM 1 FROM activity_import i WHERE i.id = lowest FOR KEY SHARE OF i;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'activity_record names an import that does not exist'
                USING ERRCODE = 'foreign_key_violation';
        END IF;
        RETURN NULL;
    END IF;
    SELECT count(DISTINCT import_id) INTO named FROM new_rows;
    SELECT count(*) INTO known FROM (
        SELECT 1 FROM activity_import i
        WHERE i.id IN (SELECT import_id FROM new_rows)
        FOR KEY SHARE OF i) locked;
    IF known <> named THEN
        RAISE EXCEPTION 'activity_record names an import that does not exist'
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$$;
