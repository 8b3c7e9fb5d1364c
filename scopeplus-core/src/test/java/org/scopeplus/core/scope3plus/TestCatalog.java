package org.scopeplus.core.scope3plus;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.factor.Citation;
import org.scopeplus.core.factor.Verification;

/** A small catalog with hand-entered parameters, for ledger tests. */
final class TestCatalog {
  private TestCatalog() {}

  static Parameter p(String key, double value, String unit, Verification v) {
    return new Parameter(key, value, unit, new Citation("test source " + key, "", "", "", v, ""));
  }

  /** Bus: DESNZ 2021 car 0.10718 - bus 0.10227 kg/pkm, no share; daily cap 2; minimum 0.5 km. */
  static Methodology bus() {
    return new Methodology(
        "green_trip.bus",
        "2021.1",
        "bus",
        FormulaKind.MODE_SHIFT,
        List.of(Dimension.DISTANCE),
        Map.of(
            "baseline_per_pkm",
            p("car", 0.10718, "kg CO2e/passenger-km", Verification.DERIVED),
            "project_per_pkm",
            p("bus", 0.10227, "kg CO2e/passenger-km", Verification.PUBLISHED)),
        new Eligibility(0.5, 0, 2),
        "car");
  }

  /** Box reuse: 0.2 kg (secondary) x 0.8212 kg/kg board, no cap. */
  static Methodology box() {
    return new Methodology(
        "parcel_box.reuse",
        "2021.1",
        "box",
        FormulaKind.PER_UNIT,
        List.of(Dimension.COUNT),
        Map.of(
            "scale", p("mass", 0.2, "kg/box", Verification.SECONDARY),
            "baseline", p("board", 0.8212, "kg CO2e/kg", Verification.PUBLISHED)),
        Eligibility.none(),
        "new box");
  }

  /** Cutlery with a set mass that was not found. */
  static Methodology cutlery() {
    return new Methodology(
        "cutlery_free.order",
        "2021.1",
        "cutlery",
        FormulaKind.PER_UNIT,
        List.of(Dimension.COUNT),
        Map.of(
            "scale",
            Parameter.notFound(
                "set_mass",
                "kg/set",
                new Citation("not found", "", "", "", Verification.TO_VERIFY, "")),
            "baseline",
            p("pp", 3.1047, "kg CO2e/kg", Verification.PUBLISHED)),
        Eligibility.none(),
        "cutlery");
  }

  static MethodologyCatalog catalog() {
    return new MethodologyCatalog("test-1", List.of(bus(), box(), cutlery()));
  }

  static Event bus(String id, String programme, String actor, double km, String time) {
    return event(id, programme, actor, "green_trip.bus", km, "km", time, "");
  }

  static Event event(
      String id,
      String programme,
      String actor,
      String action,
      double value,
      String unit,
      String time,
      String claim) {
    return new Event(
        id,
        programme,
        actor,
        action,
        List.of(EventQuantity.of(value, unit)),
        Instant.parse(time),
        "CN-BJ",
        "ev",
        claim);
  }

  static Verdict offer(Ledger ledger, Event e) {
    RawEvent s = new RawEvent();
    e.fill(s);
    return ledger.offer(s);
  }
}
