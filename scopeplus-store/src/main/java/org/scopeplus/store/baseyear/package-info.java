/**
 * The stored base year and its restatements: the JDBC repositories behind the interfaces of {@code
 * org.scopeplus.core.baseyear}, and {@link org.scopeplus.store.baseyear.RecalculatingBaseYear},
 * which runs the core's recalculation policy in the caller's transaction and audits each change.
 */
package org.scopeplus.store.baseyear;
