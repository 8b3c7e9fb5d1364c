-- SME energy: a tenant's sites with their meters, PV systems and tariffs (issue 17, point 1).
-- Every row belongs to a tenant; a site sits in an org unit, which a data owner must hold to write.

CREATE TABLE energy_site (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name            VARCHAR(200) NOT NULL,
    org_unit        VARCHAR(500) NOT NULL,
    time_zone       VARCHAR(60)  NOT NULL,
    latitude        DOUBLE PRECISION NOT NULL,
    longitude       DOUBLE PRECISION NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (tenant_id, name)
);

CREATE TABLE energy_meter (
    id               VARCHAR(36)  PRIMARY KEY,
    tenant_id        VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    site_id          VARCHAR(36)  NOT NULL REFERENCES energy_site (id),
    name             VARCHAR(200) NOT NULL,
    carrier          VARCHAR(20)  NOT NULL,
    direction        VARCHAR(10)  NOT NULL,
    interval_minutes INTEGER      NOT NULL,
    created_by       VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (site_id, name)
);

CREATE INDEX energy_meter_tenant ON energy_meter (tenant_id, site_id);

CREATE TABLE pv_system (
    id                VARCHAR(36)  PRIMARY KEY,
    tenant_id         VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    site_id           VARCHAR(36)  NOT NULL REFERENCES energy_site (id),
    name              VARCHAR(200) NOT NULL,
    dc_kw             DOUBLE PRECISION NOT NULL,
    tilt              DOUBLE PRECISION NOT NULL,
    azimuth           DOUBLE PRECISION NOT NULL,
    losses_percent    DOUBLE PRECISION NOT NULL,
    inverter_ac_kw    DOUBLE PRECISION NOT NULL,
    temperature_model VARCHAR(40)  NOT NULL,
    created_by        VARCHAR(200) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (site_id, name)
);

CREATE TABLE energy_tariff (
    id                 VARCHAR(36)  PRIMARY KEY,
    tenant_id          VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    site_id            VARCHAR(36)  NOT NULL REFERENCES energy_site (id),
    name               VARCHAR(200) NOT NULL,
    currency           VARCHAR(3)   NOT NULL,
    demand_charge      DOUBLE PRECISION NOT NULL,
    created_by         VARCHAR(200) NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (site_id, name)
);

-- A time-of-use period of a tariff: days (all, weekday, weekend), local minutes [start, end)
-- (end before start runs over midnight) and the price per kWh.
CREATE TABLE energy_tariff_period (
    tariff_id       VARCHAR(36)  NOT NULL REFERENCES energy_tariff (id),
    position        INTEGER      NOT NULL,
    label           VARCHAR(40)  NOT NULL,
    days            VARCHAR(10)  NOT NULL,
    start_minute    INTEGER      NOT NULL,
    end_minute      INTEGER      NOT NULL,
    price           DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (tariff_id, position)
);
