package org.scopeplus.server.it;

/** The service reading the Flink job's outcomes topic, on H2. */
@OnH2
class ClusterOutcomesH2IT extends ClusterOutcomesChecks {}
