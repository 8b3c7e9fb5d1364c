/** Reading activity data files (CSV, XLSX) into validated records. */
package org.scopeplus.io.activity;
