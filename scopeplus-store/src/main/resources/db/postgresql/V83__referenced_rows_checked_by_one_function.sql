-- PostgreSQL only. The per-statement checks of V80 (an activity record's import) and V82 (a trace
-- line's run) were one check written twice under two names, and so were the checks that keep an
-- import and a run from being deleted or renumbered while rows name them (V74, V82). Each pair is
-- now one function, told by its trigger's arguments which columns and tables it checks. The rules
-- and their messages are those of V74, V80 and V82: a row names a row that exists, looked up (and
-- locked FOR KEY SHARE) once when the statement's rows all name one, and a named row cannot be
-- deleted or renumbered while rows name it.

-- The statement's new rows (new_rows) name rows that exist. Arguments: the new rows' column, the
-- table it names, that table's key column, and what the message calls a row of that table.
CREATE FUNCTION referenced_rows_known() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    lowest TEXT;
    highest TEXT;
    named BIGINT;
    known BIGINT;
BEGIN
    EXECUTE format('SELECT min(%1$I), max(%1$I) FROM new_rows', TG_ARGV[0]) INTO lowest, highest;
    IF lowest IS NULL THEN
        RETURN NULL;
    END IF;
    IF lowest = highest THEN
        named := 1;
        EXECUTE format(
            'SELECT count(*) FROM (SELECT 1 FROM %1$I r WHERE r.%2$I = $1 FOR KEY SHARE OF r) locked',
            TG_ARGV[1], TG_ARGV[2]) INTO known USING lowest;
    ELSE
        EXECUTE format('SELECT count(DISTINCT %1$I) FROM new_rows', TG_ARGV[0]) INTO named;
        EXECUTE format(
            'SELECT count(*) FROM (SELECT 1 FROM %2$I r WHERE r.%3$I IN (SELECT %1$I FROM new_rows)'
            ' FOR KEY SHARE OF r) locked',
            TG_ARGV[0], TG_ARGV[1], TG_ARGV[2]) INTO known;
    END IF;
    IF known <> named THEN
        RAISE EXCEPTION '% names % that does not exist', TG_TABLE_NAME, TG_ARGV[3]
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN NULL;
END
$$;

-- No rows name the old row (by its id). Arguments: the table whose rows name it, their column, and
-- what the message calls those rows.
CREATE FUNCTION unreferenced_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    named BOOLEAN;
BEGIN
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I = $1)', TG_ARGV[0], TG_ARGV[1])
        INTO named USING OLD.id;
    IF named THEN
        RAISE EXCEPTION '% % still has %', TG_TABLE_NAME, OLD.id, TG_ARGV[2]
            USING ERRCODE = 'foreign_key_violation';
    END IF;
    RETURN OLD;
END
$$;

DROP TRIGGER activity_record_import_inserted ON activity_record;
DROP TRIGGER activity_record_import_updated ON activity_record;
DROP TRIGGER activity_import_deleted ON activity_import;
DROP TRIGGER activity_import_renumbered ON activity_import;
DROP TRIGGER run_line_run_inserted ON run_line;
DROP TRIGGER run_line_run_updated ON run_line;
DROP TRIGGER calculation_run_deleted ON calculation_run;
DROP TRIGGER calculation_run_renumbered ON calculation_run;
DROP FUNCTION activity_record_import_known();
DROP FUNCTION activity_import_unreferenced();
DROP FUNCTION run_line_run_known();
DROP FUNCTION calculation_run_without_lines();

CREATE TRIGGER activity_record_import_inserted AFTER INSERT ON activity_record
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION referenced_rows_known('import_id', 'activity_import', 'id', 'an import');

CREATE TRIGGER activity_record_import_updated AFTER UPDATE ON activity_record
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION referenced_rows_known('import_id', 'activity_import', 'id', 'an import');

CREATE TRIGGER activity_import_deleted BEFORE DELETE ON activity_import
    FOR EACH ROW
    EXECUTE FUNCTION unreferenced_row('activity_record', 'import_id', 'activity records');

CREATE TRIGGER activity_import_renumbered BEFORE UPDATE OF id ON activity_import
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION unreferenced_row('activity_record', 'import_id', 'activity records');

CREATE TRIGGER run_line_run_inserted AFTER INSERT ON run_line
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION referenced_rows_known('run_id', 'calculation_run', 'id', 'a calculation run');

CREATE TRIGGER run_line_run_updated AFTER UPDATE ON run_line
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT
    EXECUTE FUNCTION referenced_rows_known('run_id', 'calculation_run', 'id', 'a calculation run');

CREATE TRIGGER calculation_run_deleted BEFORE DELETE ON calculation_run
    FOR EACH ROW
    EXECUTE FUNCTION unreferenced_row('run_line', 'run_id', 'trace lines');

CREATE TRIGGER calculation_run_renumbered BEFORE UPDATE OF id ON calculation_run
    FOR EACH ROW WHEN (OLD.id IS DISTINCT FROM NEW.id)
    EXECUTE FUNCTION unreferenced_row('run_line', 'run_id', 'trace lines');
