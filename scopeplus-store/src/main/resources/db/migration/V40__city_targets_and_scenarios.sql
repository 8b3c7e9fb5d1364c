-- Carbon Eye: a city tenant's targets (peak year, absolute, per capita, per GDP, neutrality) with
-- the yearly actuals posted with each, and its scenarios of measures with their baseline sectors.
-- Every change has its audit entry.

CREATE TABLE city_target (
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    id              VARCHAR(36)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    base_year       INTEGER      NOT NULL,
    target_year     INTEGER      NOT NULL,
    target_value    DOUBLE PRECISION NOT NULL,
    pathway         VARCHAR(30)  NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

-- The inventory total (grams CO2e), residents and GDP (CNY) of a year, as posted with the target.
CREATE TABLE city_target_actual (
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    target_id       VARCHAR(36)  NOT NULL,
    actual_year     INTEGER      NOT NULL,
    grams           BIGINT       NOT NULL,
    population      DOUBLE PRECISION,
    gdp             DOUBLE PRECISION,
    PRIMARY KEY (tenant_id, target_id, actual_year),
    FOREIGN KEY (tenant_id, target_id) REFERENCES city_target (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE city_scenario (
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    id              VARCHAR(36)  NOT NULL,
    name            VARCHAR(200) NOT NULL,
    base_year       INTEGER      NOT NULL,
    end_year        INTEGER      NOT NULL,
    growth          DOUBLE PRECISION NOT NULL,
    discount_rate   DOUBLE PRECISION NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

-- The baseline: a sector's grams CO2e in the scenario's base year, in the order given.
CREATE TABLE city_scenario_sector (
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    scenario_id     VARCHAR(36)  NOT NULL,
    position        INTEGER      NOT NULL,
    sector          VARCHAR(60)  NOT NULL,
    grams           BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, scenario_id, position),
    FOREIGN KEY (tenant_id, scenario_id) REFERENCES city_scenario (tenant_id, id)
);

-- A measure, in the order it is applied; shares as year:share pairs separated by commas.
CREATE TABLE city_measure (
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    scenario_id     VARCHAR(36)  NOT NULL,
    position        INTEGER      NOT NULL,
    name            VARCHAR(200) NOT NULL,
    kind            VARCHAR(30)  NOT NULL,
    sector          VARCHAR(60)  NOT NULL,
    amount          DOUBLE PRECISION NOT NULL,
    factor_a        DOUBLE PRECISION NOT NULL,
    factor_b        DOUBLE PRECISION NOT NULL,
    shares          VARCHAR(4000) NOT NULL,
    capex_cny       DOUBLE PRECISION NOT NULL,
    opex_cny        DOUBLE PRECISION NOT NULL,
    lifetime_years  INTEGER      NOT NULL,
    factor_source   VARCHAR(500) NOT NULL,
    secondary       BOOLEAN      NOT NULL,
    PRIMARY KEY (tenant_id, scenario_id, position),
    FOREIGN KEY (tenant_id, scenario_id) REFERENCES city_scenario (tenant_id, id)
);
