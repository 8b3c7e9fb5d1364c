package org.scopeplus.core.city.activity;

import java.util.Optional;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Scope;
import org.scopeplus.core.city.GpcLine;
import org.scopeplus.core.city.GpcSector;

/**
 * Which activity types may be calculated onto a GPC line: the record's scope, as the activity
 * catalog gives it for a company, must agree with the line's city scope.
 *
 * <p>The rule follows the GPC v1.1 scope definitions (chapter 3): scope 1 is emissions from sources
 * inside the city boundary, scope 2 those of grid-supplied electricity, heat, steam or cooling used
 * in it, scope 3 all other emissions outside the boundary caused by activity in it. The catalog
 * scope says how an activity emits: scope 1 types burn fuel or release gas where the activity is
 * (direct emissions), scope 2 types buy grid energy, scope 3 types cause emissions elsewhere. So:
 *
 * <ul>
 *   <li>a scope 2 line (grid-supplied energy, {@code I.x.2}, {@code II.x.2}) takes scope 2 types
 *       only, and a scope 2 type goes on no other line;
 *   <li>a scope 1 line of energy, IPPU or AFOLU (fuel combustion {@code .1}, {@code I.4.4},
 *       fugitive {@code I.7.1}, {@code I.8.1}, {@code IV}, {@code V}) takes direct emissions (scope
 *       1 types);
 *   <li>{@code II.x.3}, the out-of-boundary part of transboundary journeys, takes the fuel or
 *       vehicle-km of those journeys (scope 1 types) and transport bought as a service (scope 3
 *       categories 4, 6, 7 and 9);
 *   <li>{@code I.x.3}, transmission and distribution losses, takes fuel- and energy-related
 *       activities (scope 3 category 3);
 *   <li>waste lines ({@code III}) take waste treatment (scope 3 categories 5 and 12, the catalog's
 *       waste types): whether the line is scope 1 or 3 depends on where the waste is treated, which
 *       the reference number says ({@code .1} in the city, {@code .2} outside);
 *   <li>{@code VI.1} takes any scope 3 type.
 * </ul>
 */
public final class GpcLineSources {

  private GpcLineSources() {}

  /** Why a record of this type cannot go on the line, or empty when it can. */
  public static Optional<String> refusal(ActivityType type, GpcLine line) {
    if (accepts(type, line)) {
      return Optional.empty();
    }
    return Optional.of(
        "activity type "
            + type.key()
            + " is "
            + describe(type)
            + ", but "
            + line.reference()
            + " ("
            + line.subsector()
            + ", scope "
            + line.scope()
            + ") holds "
            + wants(line));
  }

  static boolean accepts(ActivityType type, GpcLine line) {
    Scope s = type.scope();
    int c = type.category();
    if (line.sector() == GpcSector.WASTE) {
      return s == Scope.SCOPE_3 && (c == 5 || c == 12);
    }
    if (line.sector() == GpcSector.OTHER_SCOPE_3) {
      return s == Scope.SCOPE_3;
    }
    return switch (line.scope()) {
      case 1 -> s == Scope.SCOPE_1;
      case 2 -> s == Scope.SCOPE_2;
      default ->
          line.sector() == GpcSector.TRANSPORTATION
              ? s == Scope.SCOPE_1 || (s == Scope.SCOPE_3 && (c == 4 || c == 6 || c == 7 || c == 9))
              : s == Scope.SCOPE_3 && c == 3;
    };
  }

  private static String describe(ActivityType type) {
    return switch (type.scope()) {
      case SCOPE_1 -> "scope 1 (direct emissions where the activity is)";
      case SCOPE_2 -> "scope 2 (grid-supplied energy)";
      case SCOPE_3 -> "scope 3 category " + type.category() + " (emissions elsewhere)";
    };
  }

  private static String wants(GpcLine line) {
    if (line.sector() == GpcSector.WASTE) {
      return "waste treatment (the waste types of scope 3 categories 5 and 12)";
    }
    if (line.sector() == GpcSector.OTHER_SCOPE_3) {
      return "scope 3 activity types only";
    }
    return switch (line.scope()) {
      case 1 -> "direct emissions (scope 1 activity types) only";
      case 2 -> "grid-supplied energy (scope 2 activity types) only";
      default ->
          line.sector() == GpcSector.TRANSPORTATION
              ? "fuel or vehicle-km of journeys (scope 1 types) or transport services (scope 3"
                  + " categories 4, 6, 7, 9) only"
              : "transmission and distribution losses (scope 3 category 3 types) only";
    };
  }
}
