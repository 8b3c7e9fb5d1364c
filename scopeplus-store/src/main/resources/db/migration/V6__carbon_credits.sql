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
