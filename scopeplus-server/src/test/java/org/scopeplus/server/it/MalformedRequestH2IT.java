package org.scopeplus.server.it;

/** Malformed requests to every operation on H2. */
@OnH2
class MalformedRequestH2IT extends MalformedRequestChecks {}
