package org.scopeplus.server.it;

/** The SME's inventory from its meters and its low-carbon certificate on H2. */
@OnH2
class EnergyInventoryH2IT extends EnergyInventoryChecks {}
