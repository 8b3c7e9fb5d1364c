-- Weather per energy site (issue 17): hourly air temperature, GHI, DNI, DHI, wind and cloud cover,
-- one row per site, kind and day, the day's 24 hours packed as 4-byte big-endian IEEE floats,
-- six values an hour in that order (NaN where the file gave none): 576 bytes a day.
--   kind 'actual':  observations or forecasts; day and hour are UTC, hour i begins at i:00Z.
--   kind 'typical': a typical year (TMY3, EPW); day is the file's local month and day in the year
--                   2000 (a leap year), hour i begins at i:00 of the file's own standard time,
--                   whose offset is utc_offset_s (0 for 'actual').
-- A site's region (ISO 3166, e.g. CN-ZJ) selects its grid factor for CO2 of savings.

CREATE TABLE site_weather_day (
    site_id         VARCHAR(36)  NOT NULL REFERENCES energy_site (id),
    kind            VARCHAR(10)  NOT NULL,
    weather_day     DATE         NOT NULL,
    tenant_id       VARCHAR(36)  NOT NULL,
    utc_offset_s    INTEGER      NOT NULL,
    hours           BYTEA        NOT NULL,
    PRIMARY KEY (site_id, kind, weather_day)
);

ALTER TABLE energy_site ADD COLUMN region VARCHAR(20);
