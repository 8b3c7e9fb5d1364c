/**
 * The city commands: {@code scopeplus city inventory} (GPC totals and completeness of a reporting
 * sheet) and {@code scopeplus city export} (the sheet in the GPC layout or by IPCC 2006 category).
 */
package org.scopeplus.cli.city;
