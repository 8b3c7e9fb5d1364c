/** Units and quantities, parsed at the boundary with the JSR 385 units library. */
package org.scopeplus.core.quantity;
