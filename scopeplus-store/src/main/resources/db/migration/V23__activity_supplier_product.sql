-- A purchase (Scope 3 category 1 or 2) may name a supplier's product: the calculation then takes
-- the product's PACT footprint, stored by the exchange, instead of the average factor. Rows
-- imported before this column read as naming none.
ALTER TABLE activity_record ADD COLUMN supplier_product_id VARCHAR(200) DEFAULT '' NOT NULL;
