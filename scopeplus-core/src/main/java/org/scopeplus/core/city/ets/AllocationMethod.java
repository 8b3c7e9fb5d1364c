package org.scopeplus.core.city.ets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How an enterprise's allowances for a year follow from its output: by benchmark (基准线法), output x
 * benchmark x the plan's adjustment factors; or by historical intensity (历史强度法), output x the
 * enterprise's base-period intensity x a decline factor. Allowances are whole tonnes: the product
 * is computed exactly in decimal and rounded once, half up, as the allocation plans state tonnes.
 */
public sealed interface AllocationMethod {

  /** The largest output an allocation accepts (1e12 units of output). */
  double MAX_OUTPUT = 1e12;

  /** Allowances, in whole tonnes, for {@code output} (MWh, GJ, t of product ...). */
  long tonnes(double output);

  /** Why this method cannot be used, if it cannot. */
  Optional<String> refusal();

  /** Text of the method as stored. */
  String state();

  /**
   * Whether the true-up recomputes the allocation on the verified output; false for grandfathering,
   * whose basis (historical emissions) is fixed before the year starts.
   */
  default boolean usesVerifiedOutput() {
    return true;
  }

  /**
   * Benchmark x output x every adjustment factor, e.g. the 2021 plan's supply benchmark for a
   * conventional coal unit above 300 MW (0.8218 tCO2/MWh) with its cooling, heat-supply and load
   * correction factors.
   *
   * @param benchmark tCO2 per unit of output
   * @param factors adjustment factors by name, in the plan's order
   */
  record Benchmark(double benchmark, Map<String, Double> factors) implements AllocationMethod {
    public Benchmark {
      factors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(factors));
    }

    @Override
    public long tonnes(double output) {
      BigDecimal t = BigDecimal.valueOf(output).multiply(BigDecimal.valueOf(benchmark));
      for (double f : factors.values()) {
        t = t.multiply(BigDecimal.valueOf(f));
      }
      return t.setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    @Override
    public Optional<String> refusal() {
      if (!(benchmark > 0 && benchmark <= 100)) {
        return Optional.of("a benchmark is more than 0 and at most 100 t CO2 per unit of output");
      }
      for (var f : factors.entrySet()) {
        if (f.getKey() == null
            || f.getKey().isBlank()
            || f.getKey().length() > 100
            || f.getKey().contains(";")
            || f.getKey().contains("=")) {
          return Optional.of(
              "an adjustment factor has a name of 1 to 100 characters without ';' or '='");
        }
        if (f.getValue() == null || !(f.getValue() > 0 && f.getValue() <= 10)) {
          return Optional.of(
              "adjustment factor '" + f.getKey() + "' is more than 0 and at most 10");
        }
      }
      return Optional.empty();
    }

    @Override
    public String state() {
      StringBuilder s = new StringBuilder("BENCHMARK " + benchmark);
      factors.forEach((k, v) -> s.append(';').append(k).append('=').append(v));
      return s.toString();
    }
  }

  /**
   * Base-period intensity x output x a decline factor (e.g. 0.98 for a 2% yearly tightening).
   *
   * @param intensity tCO2 per unit of output in the base period
   * @param decline the decline factor, more than 0 and at most 1
   */
  record HistoricalIntensity(double intensity, double decline) implements AllocationMethod {
    @Override
    public long tonnes(double output) {
      return BigDecimal.valueOf(output)
          .multiply(BigDecimal.valueOf(intensity))
          .multiply(BigDecimal.valueOf(decline))
          .setScale(0, RoundingMode.HALF_UP)
          .longValueExact();
    }

    @Override
    public Optional<String> refusal() {
      if (!(intensity > 0 && intensity <= 100)) {
        return Optional.of(
            "a historical intensity is more than 0 and at most 100 t CO2 per unit of output");
      }
      if (!(decline > 0 && decline <= 1)) {
        return Optional.of("a decline factor is more than 0 and at most 1");
      }
      return Optional.empty();
    }

    @Override
    public String state() {
      return "INTENSITY " + intensity + ";decline=" + decline;
    }
  }

  /**
   * Grandfathering (历史排放法): a share of the enterprise's historical emissions, e.g. 0.95 of its
   * average verified emissions of a base period; the basis is those emissions in tonnes, and the
   * verified output of the year does not change it.
   *
   * @param share the share of historical emissions allocated, more than 0 and at most 1.5
   */
  record Grandfathering(double share) implements AllocationMethod {
    @Override
    public long tonnes(double historicalEmissions) {
      return BigDecimal.valueOf(historicalEmissions)
          .multiply(BigDecimal.valueOf(share))
          .setScale(0, RoundingMode.HALF_UP)
          .longValueExact();
    }

    @Override
    public Optional<String> refusal() {
      if (!(share > 0 && share <= 1.5)) {
        return Optional.of("a grandfathering share is more than 0 and at most 1.5");
      }
      return Optional.empty();
    }

    @Override
    public boolean usesVerifiedOutput() {
      return false;
    }

    @Override
    public String state() {
      return "GRANDFATHERING " + share;
    }
  }

  /** Reads a method from its {@link #state()} text; empty when the text is not one. */
  public static Optional<AllocationMethod> parse(String state) {
    try {
      if (state.startsWith("BENCHMARK ")) {
        String[] parts = state.substring(10).split(";");
        Map<String, Double> factors = new LinkedHashMap<>();
        for (int i = 1; i < parts.length; i++) {
          int eq = parts[i].lastIndexOf('=');
          factors.put(parts[i].substring(0, eq), Double.parseDouble(parts[i].substring(eq + 1)));
        }
        return Optional.of(new Benchmark(Double.parseDouble(parts[0]), factors));
      }
      if (state.startsWith("GRANDFATHERING ")) {
        return Optional.of(new Grandfathering(Double.parseDouble(state.substring(15))));
      }
      if (state.startsWith("INTENSITY ")) {
        String[] parts = state.substring(10).split(";decline=");
        return Optional.of(
            new HistoricalIntensity(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])));
      }
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** Why {@code output} cannot be allocated on, if it cannot. */
  static Optional<String> outputRefusal(double output) {
    if (!(output >= 0 && output <= MAX_OUTPUT)) {
      return Optional.of("an output is between 0 and 1e12 units");
    }
    return Optional.empty();
  }
}
