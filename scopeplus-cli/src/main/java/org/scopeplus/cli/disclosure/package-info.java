/** {@code scopeplus report}: the annual greenhouse-gas report as PDF, XLSX or JSON. */
package org.scopeplus.cli.disclosure;
