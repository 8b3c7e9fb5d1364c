package org.scopeplus.store.city.targets;

import java.time.Instant;
import org.scopeplus.core.city.targets.Scenario;

/**
 * A kept scenario, with who set it and when.
 *
 * @param scenario the scenario with its baseline and measures
 * @param createdBy who
 * @param createdAt when
 */
public record StoredScenario(Scenario scenario, String createdBy, Instant createdAt) {}
