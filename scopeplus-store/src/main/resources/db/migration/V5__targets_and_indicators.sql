-- Targets over a part of the org tree, and the operational indicators they and the console read
-- (revenue, renewable electricity, fleet by powertrain, IT and facility energy, water ...).

CREATE TABLE target (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name            VARCHAR(500) NOT NULL,
    kind            VARCHAR(40)  NOT NULL,
    org_unit        VARCHAR(500) NOT NULL,
    scopes          VARCHAR(10),
    scope2_market   BOOLEAN,
    denominator     VARCHAR(40),
    base_year       INTEGER      NOT NULL,
    target_year     INTEGER      NOT NULL,
    target_value    DOUBLE PRECISION NOT NULL,
    pathway         VARCHAR(40)  NOT NULL,
    criteria        VARCHAR(500) NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX target_tenant ON target (tenant_id, created_at);

-- One value of an indicator: an org unit's (and optionally one facility's) value for a year, or
-- for a month of it (month 0: the whole year).
CREATE TABLE indicator_value (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    org_unit        VARCHAR(500) NOT NULL,
    facility        VARCHAR(200) NOT NULL,
    period_year     INTEGER      NOT NULL,
    period_month    INTEGER      NOT NULL,
    metric          VARCHAR(60)  NOT NULL,
    amount          DOUBLE PRECISION NOT NULL,
    unit            VARCHAR(40)  NOT NULL,
    recorded_by     VARCHAR(200) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT indicator_value_once UNIQUE (tenant_id, org_unit, facility, period_year, period_month, metric)
);
