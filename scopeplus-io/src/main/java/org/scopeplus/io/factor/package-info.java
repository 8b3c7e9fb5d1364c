/** Reading factor libraries from CSV and XLSX. */
package org.scopeplus.io.factor;
