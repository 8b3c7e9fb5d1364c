/**
 * The PACT Data Exchange Protocol v3 (WBCSD Partnership for Carbon Transparency) in the service:
 * the host system's actions over HTTPS only (Authenticate, ListFootprints, GetFootprint, Events),
 * the admin API that registers clients and partners and publishes footprints, and the calls to
 * partners' host systems (pulling footprints, requesting them by event, answering their requests).
 */
package org.scopeplus.server.exchange;
