/**
 * Scope 3+ files: the methodology library, NDJSON and CSV event readers, the event generator and
 * the durable state store that keeps what has been counted across restarts.
 */
package org.scopeplus.io.scope3plus;
