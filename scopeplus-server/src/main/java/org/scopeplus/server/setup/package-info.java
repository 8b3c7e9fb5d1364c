/**
 * The first start: while the service has no user, a one-time setup token printed in its log lets
 * whoever can read the log create the first admin through the running service ({@code scopeplus
 * user add --server URL}), so the embedded database, which the running service holds, is never
 * opened a second time.
 */
package org.scopeplus.server.setup;
