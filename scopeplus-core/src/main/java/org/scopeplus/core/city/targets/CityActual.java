package org.scopeplus.core.city.targets;

/**
 * One year of a city as its targets read it: the inventory total the targets are stated on (the
 * same boundary every year, e.g. BASIC), the resident population and the GDP.
 *
 * @param year the year
 * @param grams the emissions, whole grams CO2e
 * @param population residents, or null when not known
 * @param gdpCny the GDP in CNY (constant prices of the city's choice), or null when not known
 */
public record CityActual(int year, long grams, Double population, Double gdpCny) {

  /** The most residents a city may state (more than the world's population is a mistake). */
  public static final double MAX_POPULATION = 1e10;

  /** The largest GDP a city may state, CNY (a thousand times China's). */
  public static final double MAX_GDP = 1e17;

  /** Why this year cannot be kept, or null when it can. */
  public String refusal() {
    if (year < CityTarget.FIRST_YEAR || year > CityTarget.LAST_YEAR) {
      return "the actual year "
          + year
          + " lies outside "
          + CityTarget.FIRST_YEAR
          + "-"
          + CityTarget.LAST_YEAR;
    }
    if (grams < 0 || grams > org.scopeplus.core.calculation.Grams.MAX_LINE) {
      return "the emissions of "
          + year
          + " must lie between 0 and 2^53 g (about 9 Gt CO2e); "
          + grams
          + " g is refused";
    }
    if (population != null && !(population > 0 && population <= MAX_POPULATION)) {
      return "the population of " + year + " must lie above 0 and at most 1e10 residents";
    }
    if (gdpCny != null && !(gdpCny > 0 && gdpCny <= MAX_GDP)) {
      return "the GDP of " + year + " must lie above 0 and at most 1e17 CNY";
    }
    return null;
  }

  /** The value a target of {@code kind} reads in this year, or null when it lacks a denominator. */
  public Double valueFor(CityTargetKind kind) {
    double tonnes = grams / 1_000_000.0;
    return switch (kind) {
      case PER_CAPITA -> population == null ? null : tonnes / population;
      case PER_GDP -> gdpCny == null ? null : tonnes / (gdpCny / 10_000.0);
      default -> tonnes;
    };
  }
}
