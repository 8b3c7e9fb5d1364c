-- A city target may name the city whose kept GPC inventories give its yearly emissions and the
-- level its total is stated on (BASIC or BASIC+); without them it reads the actuals posted with it.

ALTER TABLE city_target ADD COLUMN inventory_city VARCHAR(200);
ALTER TABLE city_target ADD COLUMN inventory_level VARCHAR(10);
