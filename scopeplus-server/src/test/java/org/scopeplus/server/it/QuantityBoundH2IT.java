package org.scopeplus.server.it;

/** Quantities and grams on H2. */
@OnH2
class QuantityBoundH2IT extends QuantityBoundChecks {}
