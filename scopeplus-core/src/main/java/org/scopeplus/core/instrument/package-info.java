/**
 * Contractual instruments for Scope 2 and the renewable-electricity share (RE100): how much of the
 * electricity an org unit consumed in a year was covered by a renewable energy attribute claim.
 */
package org.scopeplus.core.instrument;
