-- Supplier engagement by spend: each run keeps, per year and currency, the purchase spend, the spend
-- with suppliers holding a validated target, and the spend calculated from suppliers' own data; and
-- a row per run measured against a register, so a run measured before spend was kept (or never
-- measured, as runs stored before V35) says so instead of showing a zero.

CREATE TABLE run_supplier_spend (
    run_id                  VARCHAR(36)      NOT NULL REFERENCES calculation_run (id),
    report_year             INTEGER          NOT NULL,
    currency                VARCHAR(40)      NOT NULL,
    total_spend             DOUBLE PRECISION NOT NULL,
    validated_spend         DOUBLE PRECISION NOT NULL,
    supplier_specific_spend DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (run_id, report_year, currency)
);

CREATE TABLE run_supplier_measure (
    run_id     VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES calculation_run (id),
    spend_kept BOOLEAN     NOT NULL
);

-- runs measured between V35 and this version: figures kept, spend not
INSERT INTO run_supplier_measure (run_id, spend_kept)
SELECT DISTINCT run_id, FALSE FROM run_supplier_year;
