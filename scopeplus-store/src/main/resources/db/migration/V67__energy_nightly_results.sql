-- The latest nightly batch result of each meter (issue 17): when it was made, the window of
-- readings it was fitted on, the CalTRACK daily and hourly models' in-sample CV(RMSE) and NMBE
-- (ASHRAE Guideline 14), its day-ahead (hours) and month-ahead (local days) forecasts and its
-- suggestions with kWh, cost and CO2 a year; or the reason no result could be made. A later run
-- replaces a meter's rows whole.

CREATE TABLE energy_nightly_result (
    meter_id          VARCHAR(36)      NOT NULL PRIMARY KEY REFERENCES energy_meter (id),
    tenant_id         VARCHAR(36)      NOT NULL,
    run_at            TIMESTAMP        NOT NULL,
    history_from      DATE,
    history_to        DATE,
    daily_model       VARCHAR(400),
    daily_cv_rmse     DOUBLE PRECISION,
    daily_nmbe        DOUBLE PRECISION,
    hourly_cv_rmse    DOUBLE PRECISION,
    hourly_nmbe       DOUBLE PRECISION,
    currency          VARCHAR(3),
    grid_factor_id    VARCHAR(200),
    refused           VARCHAR(2000)
);

CREATE INDEX energy_nightly_result_tenant ON energy_nightly_result (tenant_id);

-- a forecast point: horizon 'day' (hours) or 'month' (local days), its start (epoch seconds, UTC)
-- and kWh; NULL kWh where the model could not predict the interval
CREATE TABLE energy_nightly_forecast (
    meter_id          VARCHAR(36)      NOT NULL REFERENCES energy_nightly_result (meter_id),
    horizon           VARCHAR(5)       NOT NULL,
    position          INTEGER          NOT NULL,
    start_epoch       BIGINT           NOT NULL,
    kwh               DOUBLE PRECISION,
    PRIMARY KEY (meter_id, horizon, position)
);

CREATE TABLE energy_nightly_suggestion (
    meter_id          VARCHAR(36)      NOT NULL REFERENCES energy_nightly_result (meter_id),
    rank_no           INTEGER          NOT NULL,
    rule_key          VARCHAR(40)      NOT NULL,
    kwh_per_year      DOUBLE PRECISION NOT NULL,
    cost_per_year     DOUBLE PRECISION NOT NULL,
    co2_kg_per_year   DOUBLE PRECISION,
    text_en           VARCHAR(2000)    NOT NULL,
    text_zh_cn        VARCHAR(2000)    NOT NULL,
    PRIMARY KEY (meter_id, rank_no)
);
