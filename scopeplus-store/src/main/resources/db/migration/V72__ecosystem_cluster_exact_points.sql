-- Scope 3+ points are kept exactly, in millionths of a point (docs/scope3plus.md, "Personal carbon
-- accounts and points"): the cluster ledger's points, summed so far from whole points per event,
-- become millionths. A sum too large to be held in millionths (beyond 9,223,372,036,854 points,
-- possible only from records of a state counted before the plausibility bounds) is kept at the
-- largest value, where the totals show it as beyond any plausible size.
UPDATE ecosystem_cluster_totals SET points = CASE
    WHEN points > 9223372036854 THEN 9223372036854775807
    WHEN points < -9223372036854 THEN -9223372036854775807
    ELSE points * 1000000 END;

UPDATE ecosystem_cluster_account SET points = CASE
    WHEN points > 9223372036854 THEN 9223372036854775807
    WHEN points < -9223372036854 THEN -9223372036854775807
    ELSE points * 1000000 END;
