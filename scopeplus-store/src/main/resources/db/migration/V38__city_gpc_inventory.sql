-- A city government tenant's GPC inventories (GPC v1.1): one per city and inventory year, with its
-- lines (an estimate in grams CO2e, or a notation key with its explanation) and the optional split
-- of an estimate by gas. A new reporting sheet for the same city and year replaces the lines in one
-- transaction; the inventory keeps its id, and every upload has its audit entry.

CREATE TABLE city_gpc_inventory (
    tenant_id       VARCHAR(36)  NOT NULL REFERENCES tenant (id),
    id              VARCHAR(36)  NOT NULL,
    city            VARCHAR(200) NOT NULL,
    inventory_year  INTEGER      NOT NULL,
    file_name       VARCHAR(300) NOT NULL,
    uploaded_by     VARCHAR(200) NOT NULL,
    uploaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, id),
    CONSTRAINT city_gpc_inventory_city_year UNIQUE (tenant_id, city, inventory_year)
);

-- One reported line: co2e_grams for an estimate, or notation_key (NO, IE, NE, C) and explanation.
CREATE TABLE city_gpc_line (
    tenant_id       VARCHAR(36)   NOT NULL,
    inventory_id    VARCHAR(36)   NOT NULL,
    reference       VARCHAR(10)   NOT NULL,
    co2e_grams      BIGINT,
    notation_key    VARCHAR(2),
    explanation     VARCHAR(4000),
    PRIMARY KEY (tenant_id, inventory_id, reference),
    CONSTRAINT city_gpc_line_inventory FOREIGN KEY (tenant_id, inventory_id)
        REFERENCES city_gpc_inventory (tenant_id, id),
    CONSTRAINT city_gpc_line_value_or_key CHECK (
        (co2e_grams IS NOT NULL AND notation_key IS NULL AND explanation IS NULL)
        OR (co2e_grams IS NULL AND notation_key IS NOT NULL AND explanation IS NOT NULL))
);

-- The grams CO2e of one gas of an estimated line, when the city reports the split.
CREATE TABLE city_gpc_gas (
    tenant_id       VARCHAR(36)  NOT NULL,
    inventory_id    VARCHAR(36)  NOT NULL,
    reference       VARCHAR(10)  NOT NULL,
    gas             VARCHAR(10)  NOT NULL,
    co2e_grams      BIGINT       NOT NULL,
    PRIMARY KEY (tenant_id, inventory_id, reference, gas),
    CONSTRAINT city_gpc_gas_line FOREIGN KEY (tenant_id, inventory_id, reference)
        REFERENCES city_gpc_line (tenant_id, inventory_id, reference)
);
