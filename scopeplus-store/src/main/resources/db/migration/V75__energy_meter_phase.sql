-- A meter's phase: the minutes past the UTC grid of its interval at which its intervals start
-- (30 for an hourly meter in Asia/Kolkata, 15 for one in Asia/Kathmandu). Every meter kept so far
-- has its intervals on the UTC grid: 0, and its stored days read as before.

ALTER TABLE energy_meter ADD COLUMN phase_minutes INTEGER NOT NULL DEFAULT 0;
