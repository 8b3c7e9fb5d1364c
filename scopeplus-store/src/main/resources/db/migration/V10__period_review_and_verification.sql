-- Review and sign-off of a reporting period: its state (open, submitted, reviewed, approved,
-- locked), who reviewed it and the run approved with its result hash. A period without a row is
-- open. Every change is also an entry of the tenant's audit chain.
CREATE TABLE period_review (
    period_id         VARCHAR(36)  PRIMARY KEY REFERENCES reporting_period (id),
    tenant_id         VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    state             VARCHAR(20)  NOT NULL,
    reviewed_by       VARCHAR(200) NOT NULL,
    approved_run_id   VARCHAR(36)  NOT NULL,
    approved_run_hash VARCHAR(64)  NOT NULL,
    ever_approved     BOOLEAN      NOT NULL,
    updated_by        VARCHAR(200) NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The org units submitted while a period is open, by whom and when; cleared when it is reopened.
CREATE TABLE period_submission (
    period_id         VARCHAR(36)  NOT NULL REFERENCES reporting_period (id),
    tenant_id         VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    org_unit          VARCHAR(500) NOT NULL,
    submitted_by      VARCHAR(200) NOT NULL,
    submitted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (period_id, org_unit)
);

-- A verifier's finding (ISO 14064-3) against the exact run hash: material or immaterial, the line
-- or record it concerns, and the organisation's response.
CREATE TABLE verification_finding (
    id                VARCHAR(36)  PRIMARY KEY,
    tenant_id         VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    period_id         VARCHAR(36)  NOT NULL REFERENCES reporting_period (id),
    run_id            VARCHAR(36)  NOT NULL REFERENCES calculation_run (id),
    run_hash          VARCHAR(64)  NOT NULL,
    materiality       VARCHAR(20)  NOT NULL,
    concerns          VARCHAR(500) NOT NULL,
    finding           VARCHAR(4000) NOT NULL,
    response          VARCHAR(4000) NOT NULL,
    responded_by      VARCHAR(200) NOT NULL,
    created_by        VARCHAR(200) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A verifier's opinion on a run: reasonable or limited assurance and the materiality threshold used.
CREATE TABLE verification_opinion (
    id                VARCHAR(36)  PRIMARY KEY,
    tenant_id         VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    period_id         VARCHAR(36)  NOT NULL REFERENCES reporting_period (id),
    run_id            VARCHAR(36)  NOT NULL REFERENCES calculation_run (id),
    run_hash          VARCHAR(64)  NOT NULL,
    assurance         VARCHAR(20)  NOT NULL,
    materiality       DOUBLE PRECISION NOT NULL,
    opinion           VARCHAR(4000) NOT NULL,
    created_by        VARCHAR(200) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX period_review_tenant ON period_review (tenant_id);
CREATE INDEX verification_finding_period ON verification_finding (tenant_id, period_id);
CREATE INDEX verification_opinion_period ON verification_opinion (tenant_id, period_id);
