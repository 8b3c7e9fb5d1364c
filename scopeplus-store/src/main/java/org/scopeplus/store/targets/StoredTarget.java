package org.scopeplus.store.targets;

import java.time.Instant;
import org.scopeplus.core.targets.Target;

/**
 * A kept target, with who set it and when.
 *
 * @param target the target
 * @param createdBy who
 * @param createdAt when
 */
public record StoredTarget(Target target, String createdBy, Instant createdAt) {}
