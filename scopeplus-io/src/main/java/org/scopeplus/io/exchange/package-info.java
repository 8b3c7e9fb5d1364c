/** PACT files: suppliers' product footprints read from PACT JSON documents. */
package org.scopeplus.io.exchange;
