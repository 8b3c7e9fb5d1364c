package org.scopeplus.store.energy;

import java.time.Instant;

/** A kept energy asset (site, meter, PV system or tariff) with who added it and when. */
public record Kept<T>(T value, String createdBy, Instant createdAt) {}
