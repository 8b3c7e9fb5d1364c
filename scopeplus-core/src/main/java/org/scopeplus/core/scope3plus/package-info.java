/**
 * Scope 3+: emissions that a platform's users avoid through low-carbon actions, each counted as a
 * baseline scenario minus a project scenario under a versioned methodology. {@link
 * org.scopeplus.core.scope3plus.Scope3PlusRules} decides every event (de-duplication, claims, daily
 * caps) and returns a {@link org.scopeplus.core.scope3plus.Verdict}; the {@link
 * org.scopeplus.core.scope3plus.Ledger} keeps what was counted. This is a separate ledger: it is
 * never netted against Scopes 1-3, contractual instruments or carbon credits.
 */
package org.scopeplus.core.scope3plus;
