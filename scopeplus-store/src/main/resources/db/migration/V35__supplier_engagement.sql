-- Supplier engagement: the tenant's supplier register and green label tiers, and the engagement
-- figures of each run (measured on its lines against the register as it stood when the run was
-- calculated).

CREATE TABLE supplier (
    tenant_id        VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    supplier_id      VARCHAR(200) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    target_status    VARCHAR(20)  NOT NULL,
    target_year      INTEGER      NOT NULL,
    ambition         VARCHAR(20)  NOT NULL,
    pact_verified    BOOLEAN      NOT NULL,
    PRIMARY KEY (tenant_id, supplier_id)
);

CREATE TABLE supplier_tier (
    tenant_id         VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    position          INTEGER      NOT NULL,
    name              VARCHAR(60)  NOT NULL,
    min_target_status VARCHAR(20)  NOT NULL,
    min_data_maturity VARCHAR(20)  NOT NULL,
    PRIMARY KEY (tenant_id, position)
);

CREATE TABLE run_supplier_year (
    run_id                  VARCHAR(36)  NOT NULL REFERENCES calculation_run (id),
    report_year             INTEGER      NOT NULL,
    scope3_grams            BIGINT       NOT NULL,
    purchase_grams          BIGINT       NOT NULL,
    validated_grams         BIGINT       NOT NULL,
    supplier_specific_grams BIGINT       NOT NULL,
    unregistered_grams      BIGINT       NOT NULL,
    unnamed_grams           BIGINT       NOT NULL,
    unregistered_names      VARCHAR(4000) NOT NULL,
    PRIMARY KEY (run_id, report_year)
);

CREATE TABLE run_supplier (
    run_id           VARCHAR(36)  NOT NULL REFERENCES calculation_run (id),
    report_year      INTEGER      NOT NULL,
    supplier_id      VARCHAR(200) NOT NULL,
    name             VARCHAR(200) NOT NULL,
    target_status    VARCHAR(20)  NOT NULL,
    target_year      INTEGER      NOT NULL,
    ambition         VARCHAR(20)  NOT NULL,
    pact_verified    BOOLEAN      NOT NULL,
    data_maturity    VARCHAR(20)  NOT NULL,
    tier             VARCHAR(60)  NOT NULL,
    grams            BIGINT       NOT NULL,
    PRIMARY KEY (run_id, report_year, supplier_id)
);
