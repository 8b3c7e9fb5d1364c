/**
 * Persistence of the ScopePlus service: plain JDBC on PostgreSQL and H2 with one set of Flyway
 * migrations. Every stored row belongs to a tenant and every query takes the tenant.
 */
package org.scopeplus.store;
