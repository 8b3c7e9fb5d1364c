package org.scopeplus.server.it;

/** A meter's baseline, forecast, savings, suggestions and PV expected on H2. */
@OnH2
class EnergyAnalysisH2IT extends EnergyAnalysisChecks {}
