package org.scopeplus.store.tenant;

import java.time.Instant;

/**
 * A company using the service; nothing of one tenant is visible to another.
 *
 * @param id its id
 * @param name its unique name
 * @param createdAt when it was created
 */
public record Tenant(String id, String name, Instant createdAt) {}
