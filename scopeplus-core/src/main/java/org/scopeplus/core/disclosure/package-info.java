/**
 * Review and sign-off of a reporting period before disclosure: the states a period moves through
 * (open, submitted, reviewed, approved, locked), who may move it, and every refusal as a sentence.
 * Pure: the store keeps the state, the service checks roles and writes the audit trail.
 */
package org.scopeplus.core.disclosure;
