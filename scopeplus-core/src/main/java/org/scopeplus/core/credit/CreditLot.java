package org.scopeplus.core.credit;

import java.util.List;
import java.util.Optional;

/**
 * A lot of carbon credits as bought: whole tonnes, one registry serial each.
 *
 * @param id the lot's id
 * @param registry the registry, e.g. Verra VCS, Gold Standard, CCER, Puro.earth, Isometric
 * @param project the project's name or registry id
 * @param methodology the methodology, e.g. VM0047
 * @param vintage the year the reductions or removals happened
 * @param serials the serial range
 * @param kind avoidance or reduction, nature-based removal, technological removal
 * @param durabilityYears how long the carbon stays stored (removals), 0 when not stated
 * @param labels quality labels, e.g. ICVCM CCP, CORSIA eligible
 */
public record CreditLot(
    String id,
    String registry,
    String project,
    String methodology,
    int vintage,
    SerialRange serials,
    CreditKind kind,
    int durabilityYears,
    List<String> labels) {

  public CreditLot {
    labels = List.copyOf(labels);
  }

  /** Tonnes in the lot. */
  public long quantity() {
    return serials.quantity();
  }

  /** Why this lot cannot be kept on its own, or empty. */
  public Optional<String> refusal() {
    if (registry == null || registry.isBlank()) {
      return Optional.of("a credit lot names its registry, e.g. Verra VCS or Gold Standard");
    }
    if (project == null || project.isBlank()) {
      return Optional.of("a credit lot names its project");
    }
    if (vintage < 1990 || vintage > 2100) {
      return Optional.of("vintage " + vintage + " is not a year between 1990 and 2100");
    }
    if (durabilityYears < 0) {
      return Optional.of("storage durability is a number of years, 0 or more");
    }
    return serials == null ? Optional.of("a credit lot has a serial range") : serials.refusal();
  }

  /** The canonical text the audit trail hashes. */
  public String state() {
    return "registry="
        + registry
        + "\nproject="
        + project
        + "\nmethodology="
        + methodology
        + "\nvintage="
        + vintage
        + "\nserials="
        + serials
        + "\nkind="
        + kind.label()
        + "\ndurability_years="
        + durabilityYears
        + "\nlabels="
        + String.join(",", labels);
  }
}
