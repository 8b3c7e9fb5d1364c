/** Greenhouse gases, refrigerant blends and their global warming potentials. */
package org.scopeplus.core.gas;
