-- PostgreSQL only (H2 keeps the foreign key of V1). An activity record's import is checked once per
-- statement instead of once per row: the foreign key's row trigger ran a query for every record and
-- was half of the database's work in an import's COPY (200,000 rows: 5.0 s with it, 2.0 to 2.5 s
-- without, 3.0 to 3.5 s with these checks, on the same scratch table; BENCHMARKS.md). The same rule
-- holds: a record names an import that exists, locked against deletion as a foreign key locks it,
-- and an import cannot be deleted or renumbered while records name it.
ALTER TABLE activity_record DROP CONSTRAINT activity_record_import_id_fkey;

CREATE FUNCTION activity_record_import_known() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    named BIGINT;
    known BIGINT;
BEGIN
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

CREATE TRIGGER activity_record_import_inserted AFTER INSERT ON activity_record
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION activity_record_import_known();

CREATE TRIGGER activity_record_import_updated AFTER UPDATE ON activity_record
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION activity_record_import_known();

CREATE FUNCTION activity_import_unreferenced() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM activity_record WHERE import_id = OLD.id) THEN
        RAISE EXCEPTION 'activity_import % still has activity records', OLD.id
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END
$$;

CREATE TRIGGER activity_import_deleted BEFORE DELETE ON activity_import
    FOR EACH ROW EXECUTE FUNCTION activity_import_unreferenced();

CREATE TRIGGER activity_import_renumbered BEFORE UPDATE OF id ON activity_import
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION activity_import_unreferenced();
