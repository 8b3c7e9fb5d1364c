-- The registry's open points: the penalty ratio of the shortfall deduction (tonnes deducted from
-- the next year's allocation per tonne short), the authority's allocation rules by scheme and
-- compliance year (replaced in place, each change audited), the scheme a plan is allocated by, and
-- the entry a reversal undoes (journal rows stay append-only: a correction adds entries).

ALTER TABLE ets_rules ADD COLUMN penalty_ratio DOUBLE PRECISION DEFAULT 1 NOT NULL;

CREATE TABLE ets_allocation_rule (
    tenant_id        VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    scheme           VARCHAR(64)   NOT NULL,
    compliance_year  INTEGER       NOT NULL,
    method           VARCHAR(4000) NOT NULL,
    source           VARCHAR(500)  NOT NULL,
    created_by       VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, scheme, compliance_year)
);

ALTER TABLE ets_plan ADD COLUMN scheme VARCHAR(64);

ALTER TABLE ets_journal ADD COLUMN reverses VARCHAR(64);
