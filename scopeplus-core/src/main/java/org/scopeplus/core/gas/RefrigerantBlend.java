package org.scopeplus.core.gas;

import java.util.List;
import java.util.Objects;

/**
 * A refrigerant blend (ASHRAE 34 designation) and its composition by mass. Its GWP is the
 * mass-weighted sum of its components' GWPs, rounded to a whole number as the GHG Protocol
 * calculation tool publishes it.
 *
 * @param id the designation, e.g. {@code R-410A}
 * @param components the components; their fractions add up to 1
 * @param compositionSource where the composition comes from
 */
public record RefrigerantBlend(
    String id, List<BlendComponent> components, String compositionSource) {
  public RefrigerantBlend {
    Objects.requireNonNull(id, "id");
    components = List.copyOf(components);
    double sum = components.stream().mapToDouble(BlendComponent::massFraction).sum();
    if (Math.abs(sum - 1.0) > 1e-9) {
      throw new IllegalArgumentException(
          id + ": component mass fractions add up to " + sum + ", not 1");
    }
  }
}
