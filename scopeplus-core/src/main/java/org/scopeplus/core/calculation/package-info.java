/** The calculation: from activity records to traced result lines in whole grams. */
package org.scopeplus.core.calculation;
