-- The results of a run by org unit, facility, activity type, month and gas together, in grams
-- CO2e, made as the run is: the console's inventory explorer sums them by any of these, filtered
-- by scope, Scope 3 category or gas, without reading the trace lines.
CREATE TABLE run_cell (
    run_id          VARCHAR(36)  NOT NULL REFERENCES calculation_run (id),
    org_unit        VARCHAR(500) NOT NULL,
    facility        VARCHAR(200) NOT NULL,
    activity_type   VARCHAR(100) NOT NULL,
    month_key       VARCHAR(40)  NOT NULL,
    gas             VARCHAR(40)  NOT NULL,
    scope           INTEGER      NOT NULL,
    category        INTEGER      NOT NULL,
    scope1          BIGINT       NOT NULL,
    scope2_location BIGINT       NOT NULL,
    scope2_market   BIGINT       NOT NULL,
    scope3          BIGINT       NOT NULL,
    biogenic_co2    BIGINT       NOT NULL,
    montreal_memo   BIGINT       NOT NULL
);

CREATE INDEX run_cell_run ON run_cell (run_id, org_unit);

-- The trace lines of one org unit and activity type, in line order, for the drill-down.
CREATE INDEX run_line_unit_type ON run_line (run_id, org_unit, activity_type, line_no);
