/** {@code scopeplus pact}: the PACT exchange of a running service, through its API. */
package org.scopeplus.cli.exchange;
