-- User names are unique within a tenant, no longer across the service, so an admin adding a user
-- learns nothing about other tenants' names. The column is copied, dropped and renamed because the
-- global unique constraint has a generated name that differs between PostgreSQL and H2; dropping
-- the column drops it on both.
ALTER TABLE app_user ADD COLUMN user_name VARCHAR(200);
UPDATE app_user SET user_name = username;
ALTER TABLE app_user DROP COLUMN username;
ALTER TABLE app_user RENAME COLUMN user_name TO username;
ALTER TABLE app_user ALTER COLUMN username SET NOT NULL;
ALTER TABLE app_user ADD CONSTRAINT app_user_tenant_username UNIQUE (tenant_id, username);
