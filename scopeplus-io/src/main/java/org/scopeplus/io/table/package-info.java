/** Row-by-row reading of CSV and XLSX tables, with content hashing and header checks. */
package org.scopeplus.io.table;
