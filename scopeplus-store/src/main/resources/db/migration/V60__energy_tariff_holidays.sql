-- The public holidays of a tariff (issue 17): local dates priced with the tariff's weekend periods,
-- as Saturdays and Sundays are. A tariff without rows here has no holidays.

CREATE TABLE energy_tariff_holiday (
    tariff_id       VARCHAR(36)  NOT NULL REFERENCES energy_tariff (id),
    holiday         DATE         NOT NULL,
    PRIMARY KEY (tariff_id, holiday)
);
