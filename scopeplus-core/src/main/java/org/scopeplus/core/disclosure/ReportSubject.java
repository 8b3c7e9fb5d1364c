package org.scopeplus.core.disclosure;

import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Who and what an annual report is about (ISO 14064-1:2018 clause 9.3.1 a to d): the reporting
 * organisation, the person responsible, the reporting period, the consolidation approach, the run
 * the figures come from, and the facilities covered by a regulated emissions trading scheme (ESRS
 * E1-6 paragraph 48(b)).
 *
 * @param organisation the reporting organisation
 * @param responsiblePerson the person responsible for the report ("" when not named)
 * @param year the reporting year (a calendar year)
 * @param consolidation the consolidation approach's name, e.g. {@code operational_control}
 * @param gwpSet the GWP set, e.g. {@code AR5}
 * @param runId the run's id ("" for a run calculated from files)
 * @param runHash the hash of the run's manifest (inputs, factor libraries, options)
 * @param engineVersion the engine version
 * @param etsFacilities the facilities whose emissions a regulated ETS covers
 */
public record ReportSubject(
    String organisation,
    String responsiblePerson,
    int year,
    String consolidation,
    String gwpSet,
    String runId,
    String runHash,
    String engineVersion,
    Set<String> etsFacilities) {

  public ReportSubject {
    Objects.requireNonNull(organisation, "organisation");
    responsiblePerson = responsiblePerson == null ? "" : responsiblePerson;
    Objects.requireNonNull(consolidation, "consolidation");
    Objects.requireNonNull(gwpSet, "gwpSet");
    runId = runId == null ? "" : runId;
    runHash = runHash == null ? "" : runHash;
    engineVersion = engineVersion == null ? "" : engineVersion;
    SortedSet<String> ets = new TreeSet<>();
    if (etsFacilities != null) {
      ets.addAll(etsFacilities);
    }
    etsFacilities = java.util.Collections.unmodifiableSortedSet(ets);
  }

  /** True when a line of {@code facility} ("" for none) is covered by a regulated ETS. */
  public boolean etsCovered(String facility) {
    return facility != null && !facility.isEmpty() && etsFacilities.contains(facility);
  }
}
