/** The tamper-evident audit trail: every change appended, entries chained by SHA-256 per tenant. */
package org.scopeplus.store.audit;
