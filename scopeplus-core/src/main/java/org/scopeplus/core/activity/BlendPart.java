package org.scopeplus.core.activity;

import java.util.Objects;

/**
 * One fuel of a blend and its share of the blend's quantity: B20 is 20% biodiesel and 80% diesel by
 * volume, E85 85% ethanol and 15% motor gasoline. A record of the blend is calculated as each
 * part's activity type with its share of the quantity, so the biogenic CO2 of the biofuel is
 * reported outside the scopes and the fossil CO2 inside, and CH4 and N2O of both inside.
 *
 * @param typeKey the activity type of the part (a pure fuel)
 * @param fraction its share of the blend's quantity, above 0 and at most 1
 */
public record BlendPart(String typeKey, double fraction) {
  public BlendPart {
    Objects.requireNonNull(typeKey, "typeKey");
    if (!(fraction > 0.0 && fraction <= 1.0)) {
      throw new IllegalArgumentException(
          typeKey + ": a blend part's share is above 0 and at most 1, not " + fraction);
    }
  }
}
