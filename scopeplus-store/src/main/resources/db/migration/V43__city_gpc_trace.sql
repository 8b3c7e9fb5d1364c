-- The trace of a GPC line calculated from city activity data: one row per result line summed into
-- it (record, file and row, activity type, gas, grams CO2e, factor with its source, formula), in
-- the order of the records, so a verifier walks from the line down to the activity record. A line
-- entered as a value has no trace rows; replacing an inventory replaces its traces with its lines.

CREATE TABLE city_gpc_trace (
    tenant_id       VARCHAR(36)   NOT NULL,
    inventory_id    VARCHAR(36)   NOT NULL,
    reference       VARCHAR(10)   NOT NULL,
    position        INTEGER       NOT NULL,
    record_id       VARCHAR(40000) NOT NULL,
    source_file     VARCHAR(300)  NOT NULL,
    source_row      BIGINT        NOT NULL,
    activity_type   VARCHAR(200)  NOT NULL,
    gas             VARCHAR(40)   NOT NULL,
    co2e_grams      BIGINT        NOT NULL,
    factor_id       VARCHAR(300),
    factor_source   VARCHAR(4000) NOT NULL,
    formula         VARCHAR(4000) NOT NULL,
    PRIMARY KEY (tenant_id, inventory_id, reference, position),
    CONSTRAINT city_gpc_trace_line FOREIGN KEY (tenant_id, inventory_id, reference)
        REFERENCES city_gpc_line (tenant_id, inventory_id, reference)
);
