package org.scopeplus.server.it;

/** City targets and scenarios on H2. */
@OnH2
class CityTargetsH2IT extends CityTargetsChecks {}
