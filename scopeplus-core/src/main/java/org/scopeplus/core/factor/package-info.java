/** Emission factors with provenance, versioned libraries and factor resolution. */
package org.scopeplus.core.factor;
