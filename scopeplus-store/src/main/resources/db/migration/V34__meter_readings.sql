-- A meter's interval readings, one row per meter and UTC day: the day's readings packed as
-- 4-byte big-endian watt-hours, one per interval (96, 48 or 24), MIN_INT where none was given.
-- See docs/energy.md ("Storing interval data") for the bytes per reading and the plan at scale.

CREATE TABLE meter_day (
    meter_id        VARCHAR(36)  NOT NULL REFERENCES energy_meter (id),
    reading_day     DATE         NOT NULL,
    tenant_id       VARCHAR(36)  NOT NULL,
    readings        BYTEA        NOT NULL,
    PRIMARY KEY (meter_id, reading_day)
);
