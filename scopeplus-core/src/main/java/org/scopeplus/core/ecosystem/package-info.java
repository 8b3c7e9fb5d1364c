/**
 * Scope 3+: emissions that a platform's users avoid through low-carbon actions, each counted as a
 * baseline scenario minus a project scenario under a versioned methodology. This is a separate
 * ledger: it is never netted against Scopes 1-3, contractual instruments or carbon credits.
 */
package org.scopeplus.core.ecosystem;
