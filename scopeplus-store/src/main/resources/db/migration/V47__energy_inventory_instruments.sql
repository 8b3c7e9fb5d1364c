-- The electricity of an SME's energy inventory covered by renewable instruments of the tenant's
-- instrument registry (kWh, counted when the inventory is made), which the low-carbon certificate
-- counts in the renewable share beside the own PV used on site. 0 for inventories made before.

ALTER TABLE energy_inventory ADD COLUMN renewable_instrument_kwh DOUBLE PRECISION DEFAULT 0 NOT NULL;
