/** The uncertainty and data-quality assessment of an inventory written as JSON and as a table. */
package org.scopeplus.io.uncertainty;
