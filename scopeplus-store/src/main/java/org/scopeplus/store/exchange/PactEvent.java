package org.scopeplus.store.exchange;

import java.time.Instant;

/**
 * A PACT CloudEvent the tenant sent or received, with its delivery record.
 *
 * @param id the row id
 * @param tenantId the tenant
 * @param direction OUT (to send to a partner) or IN (received)
 * @param type the CloudEvents type
 * @param partnerId the partner it goes to (OUT), or null
 * @param clientRef the PACT client that sent it (IN), or null
 * @param requestEventId the RequestCreatedEvent id it answers or waits on, or null
 * @param body the event, JSON
 * @param state OUT: PENDING, DELIVERED, ABANDONED; IN: ACCEPTED, ANSWERED
 * @param attempts delivery attempts so far
 * @param nextAttemptAt when the next delivery is due, or null
 * @param lastError the last delivery's failure, or null
 * @param createdAt when it was made or received
 */
public record PactEvent(
    String id,
    String tenantId,
    String direction,
    String type,
    String partnerId,
    String clientRef,
    String requestEventId,
    String body,
    String state,
    int attempts,
    Instant nextAttemptAt,
    String lastError,
    Instant createdAt) {}
