/** The reference data shipped with ScopePlus: GWPs, blends, regions, catalog and factors. */
package org.scopeplus.io.builtin;
