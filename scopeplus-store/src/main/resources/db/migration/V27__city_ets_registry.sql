-- The emissions-trading registry of a city government tenant: its rules, the covered enterprises'
-- accounts, allocation plans, verified emissions, and the journal of balanced entries. The journal
-- is append-only: the service inserts entries and never updates or deletes one; every row has its
-- audit entry.

CREATE TABLE ets_rules (
    tenant_id            VARCHAR(36)  PRIMARY KEY REFERENCES tenant (id),
    offset_share         DOUBLE PRECISION NOT NULL,
    pre_allocation_share DOUBLE PRECISION NOT NULL,
    deadline_years_after INTEGER      NOT NULL,
    deadline_day         VARCHAR(7)   NOT NULL,
    fine_min_yuan        BIGINT       NOT NULL,
    fine_max_yuan        BIGINT       NOT NULL,
    deduct_shortfall     BOOLEAN      NOT NULL,
    created_by           VARCHAR(200) NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE ets_account (
    tenant_id   VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    id          VARCHAR(64)  NOT NULL,
    name        VARCHAR(300) NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id)
);

CREATE TABLE ets_plan (
    tenant_id        VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    enterprise       VARCHAR(64)   NOT NULL,
    compliance_year  INTEGER       NOT NULL,
    method           VARCHAR(4000) NOT NULL,
    basis_output     DOUBLE PRECISION NOT NULL,
    created_by       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, enterprise, compliance_year)
);

CREATE TABLE ets_verification (
    tenant_id        VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    enterprise       VARCHAR(64)  NOT NULL,
    compliance_year  INTEGER      NOT NULL,
    emissions_t      BIGINT       NOT NULL,
    output           DOUBLE PRECISION NOT NULL,
    created_by       VARCHAR(200) NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, enterprise, compliance_year)
);

CREATE TABLE ets_journal (
    tenant_id        VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    entry_no         INTEGER       NOT NULL,
    line             INTEGER       NOT NULL,
    entry_id         VARCHAR(64)   NOT NULL,
    kind             VARCHAR(30)   NOT NULL,
    enterprise       VARCHAR(64)   NOT NULL,
    compliance_year  INTEGER       NOT NULL,
    entry_date       DATE          NOT NULL,
    account          VARCHAR(64)   NOT NULL,
    unit             VARCHAR(20)   NOT NULL,
    vintage          INTEGER       NOT NULL,
    tonnes           BIGINT        NOT NULL,
    memo             VARCHAR(1000) NOT NULL,
    created_by       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, entry_no, line)
);
