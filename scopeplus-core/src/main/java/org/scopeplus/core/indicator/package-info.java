/**
 * Operational indicators beside the inventory: business metrics, electricity and its renewable
 * part, IT and facility energy of data centers (PUE, WUE), fleets by powertrain, and energy-saving
 * measures with the CO2 they avoid, reported outside the inventory and never netted against it.
 */
package org.scopeplus.core.indicator;
