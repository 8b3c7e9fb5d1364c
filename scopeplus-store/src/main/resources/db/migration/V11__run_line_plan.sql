-- A run's trace lines share a few hundred factor plans (scope, category, method, gas, biogenic
-- flag, factor, its library, citation and note) among millions of lines: each plan is stored once
-- per run in run_line_plan, and a line keeps its own keys, grams and formula with the number of
-- its plan. A line read back is the join of the two, column for column what it was, so the run's
-- stored-rows digest is recomputed from the same fields: a plan edited changes every line of it.
CREATE TABLE run_line_plan (
    run_id          VARCHAR(36)   NOT NULL REFERENCES calculation_run (id),
    plan_no         INTEGER       NOT NULL,
    scope           INTEGER       NOT NULL,
    category        INTEGER       NOT NULL,
    method          VARCHAR(20)   NOT NULL,
    gas             VARCHAR(40)   NOT NULL,
    biogenic        BOOLEAN       NOT NULL,
    factor_id       VARCHAR(200)  NOT NULL,
    factor_library  VARCHAR(200)  NOT NULL,
    citation        VARCHAR(2000) NOT NULL,
    factor_note     VARCHAR(2000) NOT NULL,
    PRIMARY KEY (run_id, plan_no)
);

-- The plans of the runs stored so far, numbered from 0 in the order of their first line.
INSERT INTO run_line_plan (run_id, plan_no, scope, category, method, gas, biogenic, factor_id,
                           factor_library, citation, factor_note)
SELECT run_id,
       CAST(ROW_NUMBER() OVER (PARTITION BY run_id ORDER BY MIN(line_no)) AS INTEGER) - 1,
       scope, category, method, gas, biogenic, factor_id, factor_library, citation, factor_note
FROM run_line
GROUP BY run_id, scope, category, method, gas, biogenic, factor_id, factor_library, citation,
         factor_note;

ALTER TABLE run_line ADD COLUMN plan_no INTEGER;

UPDATE run_line SET plan_no = (
    SELECT p.plan_no FROM run_line_plan p
    WHERE p.run_id = run_line.run_id AND p.scope = run_line.scope
      AND p.category = run_line.category AND p.method = run_line.method
      AND p.gas = run_line.gas AND p.biogenic = run_line.biogenic
      AND p.factor_id = run_line.factor_id AND p.factor_library = run_line.factor_library
      AND p.citation = run_line.citation AND p.factor_note = run_line.factor_note);

ALTER TABLE run_line ALTER COLUMN plan_no SET NOT NULL;

ALTER TABLE run_line DROP COLUMN scope;
ALTER TABLE run_line DROP COLUMN category;
ALTER TABLE run_line DROP COLUMN method;
ALTER TABLE run_line DROP COLUMN gas;
ALTER TABLE run_line DROP COLUMN biogenic;
ALTER TABLE run_line DROP COLUMN factor_id;
ALTER TABLE run_line DROP COLUMN factor_library;
ALTER TABLE run_line DROP COLUMN citation;
ALTER TABLE run_line DROP COLUMN factor_note;
