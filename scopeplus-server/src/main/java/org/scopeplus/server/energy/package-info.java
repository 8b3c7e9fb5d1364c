/**
 * SME energy in the service: sites, meters, PV systems and tariffs through the API with roles and
 * tenant isolation, and meters' interval readings uploaded as CSV/XLSX or JSON.
 */
package org.scopeplus.server.energy;
