package org.scopeplus.core.gas;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The gases ScopePlus knows and their 100-year GWPs under AR4, AR5 and AR6, with refrigerant blends
 * computed from their components.
 *
 * <p>Methane under AR6 takes the fossil (29.8) or non-fossil (27.0) value of AR6 Table 7.15 by the
 * origin of the emission; an entry with the id {@code CH4_fossil} or {@code CH4_non_fossil} is
 * preferred over plain {@code CH4} for the matching origin.
 */
public final class GwpTable {

  private final Map<String, Gas> gases;
  private final Map<String, EnumMap<GwpSet, GlobalWarmingPotential>> values;
  private final Map<String, RefrigerantBlend> blends;
  private final Map<String, String> aliases;

  private GwpTable(
      Map<String, Gas> gases,
      Map<String, EnumMap<GwpSet, GlobalWarmingPotential>> values,
      Map<String, RefrigerantBlend> blends) {
    this.gases = gases;
    this.values = values;
    this.blends = blends;
    this.aliases = new HashMap<>();
    for (String id : gases.keySet()) {
      aliases.put(normalise(id), id);
    }
  }

  /** Builder for a table; the io module fills it from the reference files. */
  public static Builder builder() {
    return new Builder();
  }

  /** Finds a gas or blend by id, ignoring case, spaces and hyphens ({@code r410a} is R-410A). */
  public Optional<Gas> gas(String id) {
    if (id == null) {
      return Optional.empty();
    }
    String canonical = aliases.get(normalise(id));
    return canonical == null ? Optional.empty() : Optional.of(gases.get(canonical));
  }

  /** Every known gas, in the order they were added. */
  public Collection<Gas> gases() {
    return gases.values();
  }

  /** The blend with this id, if the gas is a blend. */
  public Optional<RefrigerantBlend> blend(String gasId) {
    return gas(gasId).map(g -> blends.get(g.id()));
  }

  /**
   * The GWP of a gas under a set, for an emission of the given origin.
   *
   * @return empty when the set has no value for the gas (e.g. AR4 for HFC-41)
   */
  public Optional<GlobalWarmingPotential> gwp(String gasId, GwpSet set, Origin origin) {
    Optional<Gas> gas = gas(gasId);
    if (gas.isEmpty()) {
      return Optional.empty();
    }
    String id = gas.get().id();
    RefrigerantBlend blend = blends.get(id);
    if (blend != null) {
      return blendGwp(blend, set);
    }
    String qualified = id + (origin == Origin.BIOGENIC ? "_non_fossil" : "_fossil");
    EnumMap<GwpSet, GlobalWarmingPotential> byOrigin = values.get(qualified);
    if (byOrigin != null && byOrigin.containsKey(set)) {
      return Optional.of(byOrigin.get(set));
    }
    EnumMap<GwpSet, GlobalWarmingPotential> plain = values.get(id);
    return plain == null ? Optional.empty() : Optional.ofNullable(plain.get(set));
  }

  private Optional<GlobalWarmingPotential> blendGwp(RefrigerantBlend blend, GwpSet set) {
    BigDecimal sum = BigDecimal.ZERO;
    List<String> parts = new ArrayList<>();
    for (BlendComponent c : blend.components()) {
      Optional<GlobalWarmingPotential> component = gwp(c.gasId(), set, Origin.FOSSIL);
      if (component.isEmpty()) {
        return Optional.empty();
      }
      sum =
          sum.add(
              BigDecimal.valueOf(c.massFraction())
                  .multiply(BigDecimal.valueOf(component.get().value())));
      parts.add(
          // the share as written (0.44 is 44%), not 0.44 x 100 in binary (44.00000000000001)
          BigDecimal.valueOf(c.massFraction())
                  .movePointRight(2)
                  .stripTrailingZeros()
                  .toPlainString()
              + "% "
              + c.gasId()
              + " ("
              + BigDecimal.valueOf(component.get().value()).stripTrailingZeros().toPlainString()
              + ")");
    }
    BigDecimal rounded = sum.setScale(0, RoundingMode.HALF_UP);
    String source =
        "mass-weighted sum of component GWPs, "
            + set
            + ": "
            + String.join(" + ", parts)
            + " = "
            + sum.stripTrailingZeros().toPlainString()
            + ", rounded to "
            + rounded.toPlainString()
            + " (composition: "
            + blend.compositionSource()
            + ")";
    return Optional.of(new GlobalWarmingPotential(rounded.doubleValue(), source, true));
  }

  private static String normalise(String id) {
    StringBuilder b = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c != '-' && c != ' ' && c != '_') {
        b.append(Character.toLowerCase(c));
      } else if (c == '_') {
        b.append('_');
      }
    }
    return b.toString();
  }

  /** Collects gases, values and blends; the table is immutable once built. */
  public static final class Builder {
    private final Map<String, Gas> gases = new LinkedHashMap<>();
    private final Map<String, EnumMap<GwpSet, GlobalWarmingPotential>> values = new HashMap<>();
    private final Map<String, RefrigerantBlend> blends = new HashMap<>();

    private Builder() {}

    /** Adds a gas, or does nothing when one with the id exists. */
    public Builder gas(Gas gas) {
      gases.putIfAbsent(gas.id(), gas);
      return this;
    }

    /** Adds the GWP of a gas under one set. */
    public Builder gwp(String gasId, GwpSet set, GlobalWarmingPotential value) {
      values.computeIfAbsent(gasId, k -> new EnumMap<>(GwpSet.class)).put(set, value);
      return this;
    }

    /** Adds a blend (a gas of the HFC group unless already known) and its composition. */
    public Builder blend(RefrigerantBlend blend, String name) {
      gases.putIfAbsent(blend.id(), new Gas(blend.id(), name, GasGroup.HFCS));
      blends.put(blend.id(), blend);
      return this;
    }

    public GwpTable build() {
      gases.putIfAbsent(Gas.CO2E.id(), Gas.CO2E);
      return new GwpTable(new LinkedHashMap<>(gases), new HashMap<>(values), new HashMap<>(blends));
    }
  }
}
