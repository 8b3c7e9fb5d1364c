-- The audit entries of one entity (a period's review moves, for the console's "who moved it"),
-- read by an index instead of a scan of the tenant's newest entries.
CREATE INDEX audit_entry_entity ON audit_entry (tenant_id, entity, entity_id, seq);
