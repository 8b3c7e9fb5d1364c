-- A renewable-share target counts its share on the annual basis (RE100, the default) or the
-- hourly one; targets kept before stay annual.
ALTER TABLE target ADD COLUMN basis VARCHAR(10) DEFAULT 'annual' NOT NULL;

-- The hourly matching of an org unit's year as last computed: consumption, and the part of it met
-- by renewable supply of the same hour (and of the same year) in the same market boundary, whole
-- kWh. Computing it again replaces the year's row, with an audit entry.
CREATE TABLE hourly_matching (
    tenant_id           VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    org_unit            VARCHAR(500) NOT NULL,
    matched_year        INTEGER      NOT NULL,
    consumed_kwh        BIGINT       NOT NULL,
    hourly_matched_kwh  BIGINT       NOT NULL,
    annual_matched_kwh  BIGINT       NOT NULL,
    computed_by         VARCHAR(200) NOT NULL,
    computed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, org_unit, matched_year)
);
