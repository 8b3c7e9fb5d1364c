package org.scopeplus.core.gas;

/**
 * One component of a refrigerant blend.
 *
 * @param gasId the component gas, e.g. {@code HFC-32}
 * @param massFraction its share of the blend by mass, 0 to 1
 */
public record BlendComponent(String gasId, double massFraction) {
  public BlendComponent {
    if (!(massFraction > 0 && massFraction <= 1)) {
      throw new IllegalArgumentException("mass fraction must be in (0, 1]: " + massFraction);
    }
  }
}
