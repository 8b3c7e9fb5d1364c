package org.scopeplus.server.it;

/** The city's GPC inventory through the API and the console on H2. */
@OnH2
class GpcInventoryH2IT extends GpcInventoryChecks {}
