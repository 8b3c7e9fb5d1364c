-- The make-up working days of a tariff (issue 17; China's 调休): a Saturday or Sunday worked in
-- exchange for a holiday, priced with the tariff's weekday periods. They are kept beside the
-- holidays of V60, marked worked; a date is either a holiday or a working day, never both.

ALTER TABLE energy_tariff_holiday ADD COLUMN worked BOOLEAN DEFAULT FALSE NOT NULL;
