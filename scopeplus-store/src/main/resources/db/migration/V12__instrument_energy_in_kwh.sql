-- Contractual instruments keep energy as whole kWh in BIGINT, compared and added exactly, so that
-- a MWh can never be claimed twice through a floating-point tolerance. The MWh kept so far as
-- DOUBLE PRECISION are converted once, rounded to the nearest kWh.

ALTER TABLE instrument ADD COLUMN kwh BIGINT;
UPDATE instrument SET kwh = CAST(ROUND(mwh * 1000) AS BIGINT);
ALTER TABLE instrument ALTER COLUMN kwh SET NOT NULL;
ALTER TABLE instrument DROP COLUMN mwh;

ALTER TABLE instrument_consumption ADD COLUMN kwh BIGINT;
UPDATE instrument_consumption SET kwh = CAST(ROUND(mwh * 1000) AS BIGINT);
ALTER TABLE instrument_consumption ALTER COLUMN kwh SET NOT NULL;
ALTER TABLE instrument_consumption DROP COLUMN mwh;

ALTER TABLE instrument_allocation ADD COLUMN kwh BIGINT;
UPDATE instrument_allocation SET kwh = CAST(ROUND(mwh * 1000) AS BIGINT);
ALTER TABLE instrument_allocation ALTER COLUMN kwh SET NOT NULL;
ALTER TABLE instrument_allocation DROP COLUMN mwh;

CREATE INDEX instrument_tenant ON instrument (tenant_id, created_at);
CREATE INDEX instrument_allocation_tenant ON instrument_allocation (tenant_id, created_at);
