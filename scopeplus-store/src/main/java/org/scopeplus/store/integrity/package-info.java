/**
 * Tamper evidence end to end: the audit chain, and every stored entity against the state its latest
 * audit entry recorded.
 */
package org.scopeplus.store.integrity;
