/**
 * SME energy in the store: sites, meters, PV systems and tariffs of a tenant, each change on the
 * tenant's audit trail, and the meters' interval readings packed one row per meter-day.
 */
package org.scopeplus.store.energy;
