package org.scopeplus.server.it;

/** The service reading the Flink job's outcomes topic, on PostgreSQL. */
@OnPostgres
class ClusterOutcomesPostgresIT extends ClusterOutcomesChecks {}
