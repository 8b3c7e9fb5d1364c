-- Carbon credits, and contractual instruments for Scope 2.

-- Carbon credit lots with their registry serial ranges, and the serials moved out of them
-- (retired against a reporting year, or transferred), one row per serial range of a movement.

CREATE TABLE credit_lot (
    id               VARCHAR(36)  PRIMARY KEY,
    tenant_id        VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    registry         VARCHAR(200) NOT NULL,
    project          VARCHAR(500) NOT NULL,
    methodology      VARCHAR(200) NOT NULL,
    vintage          INTEGER      NOT NULL,
    serial_block     VARCHAR(200) NOT NULL,
    serial_first     BIGINT       NOT NULL,
    serial_last      BIGINT       NOT NULL,
    kind             VARCHAR(40)  NOT NULL,
    durability_years INTEGER      NOT NULL,
    labels           VARCHAR(1000) NOT NULL,
    created_by       VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX credit_lot_tenant ON credit_lot (tenant_id, created_at);

CREATE TABLE credit_movement (
    id               VARCHAR(36)  NOT NULL,
    part             INTEGER      NOT NULL,
    tenant_id        VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    lot_id           VARCHAR(36)  NOT NULL REFERENCES credit_lot (id),
    kind             VARCHAR(20)  NOT NULL,
    serial_first     BIGINT       NOT NULL,
    serial_last      BIGINT       NOT NULL,
    reporting_year   INTEGER      NOT NULL,
    purpose          VARCHAR(1000) NOT NULL,
    created_by       VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (id, part)
);

CREATE INDEX credit_movement_tenant ON credit_movement (tenant_id, created_at);

-- Contractual instruments for Scope 2, the electricity they may cover, and their allocations.

CREATE TABLE instrument (
    id               VARCHAR(36)  PRIMARY KEY,
    tenant_id        VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    kind             VARCHAR(40)  NOT NULL,
    serial_block     VARCHAR(200) NOT NULL,
    serial_first     BIGINT       NOT NULL,
    serial_last      BIGINT       NOT NULL,
    mwh              DOUBLE PRECISION NOT NULL,
    technology       VARCHAR(100) NOT NULL,
    generated_from   VARCHAR(7)   NOT NULL,
    generated_to     VARCHAR(7)   NOT NULL,
    market_boundary  VARCHAR(40)  NOT NULL,
    registry         VARCHAR(200) NOT NULL,
    emission_rate    DOUBLE PRECISION NOT NULL,
    created_by       VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE instrument_consumption (
    tenant_id        VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    facility         VARCHAR(200) NOT NULL,
    consumed_month   VARCHAR(7)   NOT NULL,
    org_unit         VARCHAR(500) NOT NULL,
    region           VARCHAR(40)  NOT NULL,
    mwh              DOUBLE PRECISION NOT NULL,
    supplier_rate    DOUBLE PRECISION,
    residual_mix     DOUBLE PRECISION,
    location_factor  DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (tenant_id, facility, consumed_month)
);

CREATE TABLE instrument_allocation (
    id               VARCHAR(36)  PRIMARY KEY,
    tenant_id        VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    instrument_id    VARCHAR(36)  NOT NULL REFERENCES instrument (id),
    facility         VARCHAR(200) NOT NULL,
    consumed_month   VARCHAR(7)   NOT NULL,
    mwh              DOUBLE PRECISION NOT NULL,
    created_by       VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
