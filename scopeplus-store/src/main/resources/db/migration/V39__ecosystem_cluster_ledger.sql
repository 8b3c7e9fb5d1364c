-- Scope 3+ events counted by the Flink job (docs/scope3plus-flink.md, "The service reads the
-- results"): the outcomes the service consumed from the job's outcomes topic, summed per tenant
-- into totals, refusals by reason, aggregate cells and personal accounts, with the next offset to
-- read of every topic partition. Sums and offsets change in one transaction, so a record read
-- again (restart, rebalance, replay) finds its offset already passed and changes nothing.

CREATE TABLE ecosystem_cluster_offset (
    tenant_id    VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    topic        VARCHAR(249) NOT NULL,
    partition_no INTEGER      NOT NULL,
    next_offset  BIGINT       NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, topic, partition_no)
);

CREATE TABLE ecosystem_cluster_totals (
    tenant_id       VARCHAR(36) NOT NULL PRIMARY KEY REFERENCES tenant (id),
    accepted_events BIGINT      NOT NULL,
    refused_events  BIGINT      NOT NULL,
    gross_grams     BIGINT      NOT NULL,
    weak_grams      BIGINT      NOT NULL,
    points          BIGINT      NOT NULL,
    records         BIGINT      NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE ecosystem_cluster_refusal (
    tenant_id VARCHAR(36) NOT NULL REFERENCES tenant (id),
    reason    VARCHAR(64) NOT NULL,
    events    BIGINT      NOT NULL,
    PRIMARY KEY (tenant_id, reason)
);

CREATE TABLE ecosystem_cluster_cell (
    tenant_id  VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    programme  VARCHAR(200) NOT NULL,
    action     VARCHAR(200) NOT NULL,
    region     VARCHAR(200) NOT NULL,
    month_text VARCHAR(7)   NOT NULL,
    events     BIGINT       NOT NULL,
    grams      BIGINT       NOT NULL,
    weak_grams BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, programme, action, region, month_text)
);

CREATE TABLE ecosystem_cluster_account (
    tenant_id VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    actor     VARCHAR(255) NOT NULL,
    grams     BIGINT       NOT NULL,
    points    BIGINT       NOT NULL,
    events    BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, actor)
);

-- Records that are not outcomes of the job: counted as refused (UNREADABLE_RECORD), the first
-- ones kept with where they are and what is wrong.
CREATE TABLE ecosystem_cluster_unreadable (
    tenant_id     VARCHAR(36)   NOT NULL REFERENCES tenant (id),
    topic         VARCHAR(249)  NOT NULL,
    partition_no  INTEGER       NOT NULL,
    record_offset BIGINT        NOT NULL,
    problem       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (tenant_id, topic, partition_no, record_offset)
);
