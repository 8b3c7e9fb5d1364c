-- The factors a run used for activity of a year they do not describe (the year rule took the
-- nearest earlier year's factor, or the earliest later one when none was earlier), with the
-- emissions resting on each, in grams CO2e by scope: the run's warnings, listed beside its totals
-- by the API and the console as the command line lists them. Each line's trace says the same.
CREATE TABLE run_factor_year (
    run_id          VARCHAR(36)  NOT NULL REFERENCES calculation_run (id),
    warning_no      INTEGER      NOT NULL,
    factor_id       VARCHAR(200) NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE         NOT NULL,
    activity_year   INTEGER      NOT NULL,
    earlier         BOOLEAN      NOT NULL,
    scope1          BIGINT       NOT NULL,
    scope2_location BIGINT       NOT NULL,
    scope2_market   BIGINT       NOT NULL,
    scope3          BIGINT       NOT NULL,
    biogenic_co2    BIGINT       NOT NULL,
    montreal_memo   BIGINT       NOT NULL,
    PRIMARY KEY (run_id, warning_no)
);
