-- An SME's Scope 1 and 2 inventory made from its meters (issue 17, point 6): the calculation run
-- it made, with the year, the region of the factors, the sites and the energy summed from the
-- meters (kWh), which the low-carbon certificate states beside the run's totals. A run without a
-- row here is not an energy inventory.

CREATE TABLE energy_inventory (
    run_id            VARCHAR(36)  PRIMARY KEY REFERENCES calculation_run (id),
    tenant_id         VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    inventory_year    INTEGER      NOT NULL,
    region            VARCHAR(20)  NOT NULL,
    sites             VARCHAR(4000) NOT NULL,
    consumption_kwh   DOUBLE PRECISION NOT NULL,
    pv_self_kwh       DOUBLE PRECISION NOT NULL,
    pv_exported_kwh   DOUBLE PRECISION NOT NULL,
    purchased_kwh     DOUBLE PRECISION NOT NULL,
    gas_kwh           DOUBLE PRECISION NOT NULL,
    created_by        VARCHAR(200) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX energy_inventory_tenant ON energy_inventory (tenant_id, inventory_year);
