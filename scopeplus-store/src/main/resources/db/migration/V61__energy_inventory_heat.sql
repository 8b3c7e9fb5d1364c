-- The purchased heat of an SME's energy inventory (district heat import meters, kWh summed over the
-- year), which the low-carbon certificate states on its heat line. 0 for inventories made before.

ALTER TABLE energy_inventory ADD COLUMN heat_kwh DOUBLE PRECISION DEFAULT 0 NOT NULL;
