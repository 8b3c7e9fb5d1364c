package org.scopeplus.core.city;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.scopeplus.core.calculation.Grams;
import org.scopeplus.core.gas.GasGroup;

/**
 * What a city reports on one GPC line: an estimate in grams CO2e (optionally split by gas) or a
 * notation key with its explanation.
 */
public sealed interface GpcEntry {

  /** The line reported on. */
  GpcLine line();

  /**
   * An estimated line.
   *
   * @param line the line
   * @param co2eGrams the line's CO2e in grams (negative only on V.2, land)
   * @param gases grams CO2e per gas, when the city reports the split; empty otherwise
   */
  record Estimated(GpcLine line, long co2eGrams, Map<GasGroup, Long> gases) implements GpcEntry {
    public Estimated {
      Objects.requireNonNull(line, "line");
      gases = Collections.unmodifiableMap(gases.isEmpty() ? Map.of() : new EnumMap<>(gases));
    }
  }

  /**
   * A line without a value, marked by a notation key and the reason for it.
   *
   * @param line the line
   * @param key the notation key
   * @param explanation why, in the city's words; never blank
   */
  record Keyed(GpcLine line, NotationKey key, String explanation) implements GpcEntry {
    public Keyed {
      Objects.requireNonNull(line, "line");
      Objects.requireNonNull(key, "key");
      if (explanation == null || explanation.isBlank()) {
        throw new IllegalArgumentException("a notation key needs its explanation");
      }
      explanation = explanation.strip();
    }
  }

  /** What checking one entry gave: the entry, or the reason it is refused. */
  sealed interface Outcome {
    /** The entry is valid. */
    record Accepted(GpcEntry entry) implements Outcome {}

    /** The entry is refused; the reason is a sentence for a carbon accountant. */
    record Refused(String reason) implements Outcome {}
  }

  /** Gases a line may be split into: the seven of the Kyoto basket, as GPC v1.1 chapter 2 lists. */
  static boolean reportableGas(GasGroup gas) {
    return gas != GasGroup.UNSPECIATED && gas != GasGroup.MONTREAL_MEMO;
  }

  /**
   * An estimate in tonnes CO2e, rounded half-even once to whole grams (the rule of {@link Grams}).
   *
   * @param line the line
   * @param tonnes tonnes CO2e
   * @param gasTonnes tonnes CO2e per gas; when given, they must add up to {@code tonnes}
   */
  static Outcome estimated(GpcLine line, BigDecimal tonnes, Map<GasGroup, BigDecimal> gasTonnes) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(tonnes, "tonnes");
    String refusal = amountRefusal(line, tonnes, "");
    if (refusal != null) {
      return new Outcome.Refused(refusal);
    }
    long grams = grams(tonnes);
    Map<GasGroup, Long> gases = new EnumMap<>(GasGroup.class);
    long sum = 0;
    for (Map.Entry<GasGroup, BigDecimal> g : gasTonnes.entrySet()) {
      if (!reportableGas(g.getKey())) {
        return new Outcome.Refused(
            "gas " + g.getKey().key() + " is not one a GPC line is split into");
      }
      String r = amountRefusal(line, g.getValue(), " of " + g.getKey().key());
      if (r != null) {
        return new Outcome.Refused(r);
      }
      long gg = grams(g.getValue());
      gases.put(g.getKey(), gg);
      sum += gg;
    }
    // each gas and the total are rounded once: they may differ by half a gram each
    if (!gases.isEmpty() && Math.abs(sum - grams) > gases.size()) {
      return new Outcome.Refused(
          "the gases of "
              + line.reference()
              + " add up to "
              + BigDecimal.valueOf(sum).movePointLeft(6).stripTrailingZeros().toPlainString()
              + " t CO2e, not the line's "
              + tonnes.stripTrailingZeros().toPlainString()
              + " t CO2e");
    }
    return new Outcome.Accepted(new Estimated(line, grams, gases));
  }

  /** A notation key; refused without an explanation, as the GPC requires one. */
  static Outcome keyed(GpcLine line, NotationKey key, String explanation) {
    Objects.requireNonNull(line, "line");
    Objects.requireNonNull(key, "key");
    if (explanation == null || explanation.isBlank()) {
      return new Outcome.Refused(
          "notation key "
              + key.name()
              + " ("
              + key.meaning()
              + ") on "
              + line.reference()
              + " needs its explanation");
    }
    return new Outcome.Accepted(new Keyed(line, key, explanation));
  }

  /** Whole grams from tonnes, rounded half-even once. */
  static long grams(BigDecimal tonnes) {
    return tonnes.movePointRight(6).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
  }

  private static String amountRefusal(GpcLine line, BigDecimal tonnes, String what) {
    if (tonnes.signum() < 0 && !line.mayBeNegative()) {
      return "a negative amount"
          + what
          + " on "
          + line.reference()
          + ": only V.2 (land) may be net negative; write removals there";
    }
    if (tonnes.abs().movePointRight(6).compareTo(BigDecimal.valueOf(Grams.MAX_LINE)) > 0) {
      return tonnes.stripTrailingZeros().toEngineeringString()
          + " t CO2e"
          + what
          + " on "
          + line.reference()
          + " is beyond the "
          + BigDecimal.valueOf(Grams.MAX_LINE).movePointLeft(6).toPlainString()
          + " t (about 9.0 Gt) one line may hold; check the amount and that it is in tonnes";
    }
    return null;
  }
}
