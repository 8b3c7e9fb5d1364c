/**
 * {@code scopeplus inventory}: the calculation options, output formats, progress bar and streamed
 * trace that the inventory command and the demo command share. The root package's command line and
 * {@code cli.demo} depend on this package; it depends on neither.
 */
package org.scopeplus.cli.inventory;
