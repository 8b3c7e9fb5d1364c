/**
 * Each tenant's own factor libraries: versioned, immutable, stored with the file they came from.
 */
package org.scopeplus.store.factor;
