-- The ScopePlus service schema. Portable SQL: the same file runs on PostgreSQL and on H2.
-- Every row belongs to a tenant; every query takes the tenant.

CREATE TABLE tenant (
    id              VARCHAR(36)  PRIMARY KEY,
    name            VARCHAR(200) NOT NULL UNIQUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    audit_seq       BIGINT       NOT NULL,
    audit_head      VARCHAR(64)  NOT NULL
);

CREATE TABLE app_user (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    username        VARCHAR(200) NOT NULL UNIQUE,
    password_hash   VARCHAR(200) NOT NULL,
    role            VARCHAR(20)  NOT NULL,
    enabled         BOOLEAN      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The org units a data owner may write in (a unit covers everything below it).
CREATE TABLE user_org_unit (
    user_id         VARCHAR(36)  NOT NULL REFERENCES app_user (id),
    org_unit_path   VARCHAR(500) NOT NULL,
    PRIMARY KEY (user_id, org_unit_path)
);

CREATE TABLE api_token (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    user_id         VARCHAR(36)  NOT NULL REFERENCES app_user (id),
    name            VARCHAR(200) NOT NULL,
    token_hash      VARCHAR(64)  NOT NULL UNIQUE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE
);

CREATE TABLE org_unit (
    id                  VARCHAR(36)  PRIMARY KEY,
    tenant_id           VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    path                VARCHAR(500) NOT NULL,
    equity_share        DOUBLE PRECISION NOT NULL,
    operational_control BOOLEAN      NOT NULL,
    financial_control   BOOLEAN      NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (tenant_id, path)
);

CREATE TABLE facility (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name            VARCHAR(200) NOT NULL,
    org_unit_path   VARCHAR(500) NOT NULL,
    region          VARCHAR(50)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (tenant_id, name)
);

CREATE TABLE reporting_period (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name            VARCHAR(100) NOT NULL,
    start_date      DATE         NOT NULL,
    end_date        DATE         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (tenant_id, name)
);

CREATE TABLE activity_import (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    period_id       VARCHAR(36)  NOT NULL REFERENCES reporting_period (id),
    file_name       VARCHAR(300) NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    record_count    BIGINT       NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    replaces_id     VARCHAR(36),
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (tenant_id, period_id, sha256)
);

-- One validated activity record, kept as the cells it was read from so a run parses it exactly as
-- the file did. A record id is unique within a period.
CREATE TABLE activity_record (
    import_id               VARCHAR(36)  NOT NULL REFERENCES activity_import (id),
    period_id               VARCHAR(36)  NOT NULL,
    source_row              BIGINT       NOT NULL,
    record_id               VARCHAR(200) NOT NULL,
    org_unit                VARCHAR(500) NOT NULL,
    facility                VARCHAR(200) NOT NULL,
    period                  VARCHAR(40)  NOT NULL,
    activity_type           VARCHAR(100) NOT NULL,
    quantity                VARCHAR(40)  NOT NULL,
    unit                    VARCHAR(40)  NOT NULL,
    region                  VARCHAR(50)  NOT NULL,
    substance               VARCHAR(100) NOT NULL,
    supplier                VARCHAR(200) NOT NULL,
    data_quality            VARCHAR(100) NOT NULL,
    evidence                VARCHAR(500) NOT NULL,
    heat_content            VARCHAR(40)  NOT NULL,
    density                 VARCHAR(40)  NOT NULL,
    share                   VARCHAR(40)  NOT NULL,
    supplier_factor         VARCHAR(40)  NOT NULL,
    supplier_factor_unit    VARCHAR(40)  NOT NULL,
    instrument              VARCHAR(200) NOT NULL,
    PRIMARY KEY (import_id, source_row),
    UNIQUE (period_id, record_id)
);

CREATE TABLE factor_library (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    name            VARCHAR(200) NOT NULL,
    version         VARCHAR(100) NOT NULL,
    file_name       VARCHAR(300) NOT NULL,
    sha256          VARCHAR(64)  NOT NULL,
    factor_count    INTEGER      NOT NULL,
    content         BYTEA        NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (tenant_id, name, version)
);

CREATE TABLE calculation_run (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    period_id       VARCHAR(36)  NOT NULL REFERENCES reporting_period (id),
    gwp_set         VARCHAR(10)  NOT NULL,
    consolidation   VARCHAR(40)  NOT NULL,
    engine_version  VARCHAR(40)  NOT NULL,
    manifest        VARCHAR(100000) NOT NULL,
    result_sha256   VARCHAR(64)  NOT NULL,
    record_count    BIGINT       NOT NULL,
    line_count      BIGINT       NOT NULL,
    created_by      VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Results by every dimension of the inventory, in grams CO2e.
CREATE TABLE run_result (
    run_id          VARCHAR(36)  NOT NULL REFERENCES calculation_run (id),
    dimension       VARCHAR(20)  NOT NULL,
    item            VARCHAR(500) NOT NULL,
    scope1          BIGINT       NOT NULL,
    scope2_location BIGINT       NOT NULL,
    scope2_market   BIGINT       NOT NULL,
    scope3          BIGINT       NOT NULL,
    biogenic_co2    BIGINT       NOT NULL,
    montreal_memo   BIGINT       NOT NULL,
    PRIMARY KEY (run_id, dimension, item)
);

-- One trace line: a gas of a record under a method, with its factor, citation and formula.
CREATE TABLE run_line (
    run_id          VARCHAR(36)  NOT NULL REFERENCES calculation_run (id),
    line_no         BIGINT       NOT NULL,
    record_id       VARCHAR(200) NOT NULL,
    source          VARCHAR(400) NOT NULL,
    org_unit        VARCHAR(500) NOT NULL,
    activity_type   VARCHAR(100) NOT NULL,
    scope           INTEGER      NOT NULL,
    category        INTEGER      NOT NULL,
    method          VARCHAR(20)  NOT NULL,
    gas             VARCHAR(40)  NOT NULL,
    biogenic        BOOLEAN      NOT NULL,
    gas_grams       BIGINT       NOT NULL,
    co2e_grams      BIGINT       NOT NULL,
    factor_id       VARCHAR(200) NOT NULL,
    factor_library  VARCHAR(200) NOT NULL,
    citation        VARCHAR(2000) NOT NULL,
    factor_note     VARCHAR(2000) NOT NULL,
    formula         VARCHAR(2000) NOT NULL,
    PRIMARY KEY (run_id, line_no)
);

CREATE TABLE base_year (
    tenant_id       VARCHAR(36)  PRIMARY KEY REFERENCES tenant (id),
    base_year       INTEGER      NOT NULL,
    run_id          VARCHAR(36)  NOT NULL REFERENCES calculation_run (id),
    threshold       DOUBLE PRECISION NOT NULL,
    set_by          VARCHAR(200) NOT NULL,
    set_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE restatement (
    id              VARCHAR(36)  PRIMARY KEY,
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    trigger_kind    VARCHAR(40)  NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    previous_run_id VARCHAR(36)  NOT NULL REFERENCES calculation_run (id),
    new_run_id      VARCHAR(36)  NOT NULL REFERENCES calculation_run (id),
    previous_grams  BIGINT       NOT NULL,
    new_grams       BIGINT       NOT NULL,
    change_ratio    DOUBLE PRECISION NOT NULL,
    restated_by     VARCHAR(200) NOT NULL,
    restated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Append-only, chained by SHA-256 per tenant: entry_hash = SHA-256(previous entry_hash | fields).
CREATE TABLE audit_entry (
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    seq             BIGINT       NOT NULL,
    at              VARCHAR(40)  NOT NULL,
    actor           VARCHAR(200) NOT NULL,
    action          VARCHAR(100) NOT NULL,
    entity          VARCHAR(100) NOT NULL,
    entity_id       VARCHAR(200) NOT NULL,
    before_hash     VARCHAR(64)  NOT NULL,
    after_hash      VARCHAR(64)  NOT NULL,
    detail          VARCHAR(4000) NOT NULL,
    previous_hash   VARCHAR(64)  NOT NULL,
    entry_hash      VARCHAR(64)  NOT NULL,
    PRIMARY KEY (tenant_id, seq)
);

CREATE INDEX activity_import_period ON activity_import (tenant_id, period_id);
CREATE INDEX calculation_run_period ON calculation_run (tenant_id, period_id);
