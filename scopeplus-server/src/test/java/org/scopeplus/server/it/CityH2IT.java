package org.scopeplus.server.it;

/** Carbon Eye's districts, grid, daily estimates and public page on H2. */
@OnH2
class CityH2IT extends CityChecks {}
