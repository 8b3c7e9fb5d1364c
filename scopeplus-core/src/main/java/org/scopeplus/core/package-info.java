/**
 * The ScopePlus calculation core: activity data, emission factors, global warming potentials and
 * the inventory they make. It depends on the JDK and the units library only; callers hand it values
 * and receive values.
 */
package org.scopeplus.core;
