package org.scopeplus.io.demo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.credit.CreditKind;
import org.scopeplus.core.credit.CreditLedger;
import org.scopeplus.core.credit.CreditLot;
import org.scopeplus.core.credit.CreditOutcome;
import org.scopeplus.core.credit.SerialRange;
import org.scopeplus.core.indicator.Metric;
import org.scopeplus.core.instrument.RenewableShare;
import org.scopeplus.core.targets.Coverage;
import org.scopeplus.core.targets.Pathway;
import org.scopeplus.core.targets.Target;
import org.scopeplus.core.targets.TargetKind;

/**
 * Kestrel Group's carbon management: its five targets, its carbon credits with their retirements,
 * the electrification of its logistics fleet and the Scope 3+ reductions its platform enables. The
 * figures are the fictional company's; the inventory they are measured against is calculated from
 * the demo's activity data.
 */
public final class DemoManagement {

  private DemoManagement() {}

  /**
   * The supplier register: one supplier for each of the demo's purchase streams (Scope 3 categories
   * 1 and 2), with fictional science-based target statuses reached in different years, so the
   * engagement figures move over 2020 to 2025.
   */
  public static List<org.scopeplus.core.supplier.Supplier> suppliers() {
    var none = org.scopeplus.core.supplier.TargetStatus.NONE;
    var committed = org.scopeplus.core.supplier.TargetStatus.COMMITTED;
    var validated = org.scopeplus.core.supplier.TargetStatus.VALIDATED;
    return List.of(
        new org.scopeplus.core.supplier.Supplier(
            "SP-001", "Eastwind Packaging", validated, 2022, "1.5C", false),
        new org.scopeplus.core.supplier.Supplier(
            "SP-002", "Harvest Fresh Foods", committed, 2023, "", false),
        new org.scopeplus.core.supplier.Supplier(
            "SP-003", "Northwind IT Services", validated, 2021, "net-zero", false),
        new org.scopeplus.core.supplier.Supplier(
            "SP-004", "Lattice Consulting", none, 0, "", false),
        new org.scopeplus.core.supplier.Supplier(
            "SP-005", "Brightline Media", committed, 2024, "", false),
        new org.scopeplus.core.supplier.Supplier(
            "SP-006", "Corvid Servers", validated, 2023, "well-below-2C", false),
        new org.scopeplus.core.supplier.Supplier("SP-007", "Granite Build", none, 0, "", false));
  }

  /** The register's supplier id of a demo facility that is a purchase stream, or "" for none. */
  public static String supplierOf(String facility) {
    return switch (facility) {
      case "Packaging-Suppliers" -> "SP-001";
      case "Fresh-Food-Suppliers" -> "SP-002";
      case "IT-Services" -> "SP-003";
      case "Professional-Services" -> "SP-004";
      case "Advertising" -> "SP-005";
      case "Server-Procurement" -> "SP-006";
      case "Construction" -> "SP-007";
      default -> "";
    };
  }

  /** The five targets. */
  public static List<Target> targets() {
    return List.of(
        new Target(
            "KG-T1",
            "Scopes 1+2 net zero by 2030 (market-based)",
            TargetKind.ABSOLUTE,
            DemoCompany.ROOT,
            Coverage.parse("1+2", "market").orElseThrow(),
            null,
            2020,
            2030,
            1.0,
            Pathway.LINEAR,
            ""),
        new Target(
            "KG-T2",
            "Scope 3 intensity -50% per million revenue by 2030 against 2020",
            TargetKind.INTENSITY,
            DemoCompany.ROOT,
            Coverage.parse("3", null).orElseThrow(),
            "revenue",
            2020,
            2030,
            0.5,
            Pathway.LINEAR,
            ""),
        new Target(
            "KG-T3",
            "Scope 3+ 1.5 Gt of reductions enabled over 2021-2035",
            TargetKind.CUMULATIVE,
            DemoCompany.ROOT,
            null,
            null,
            2021,
            2035,
            1.5e9,
            Pathway.LINEAR,
            ""),
        new Target(
            "KG-T4",
            "Cloud 100% renewable electricity by 2030",
            TargetKind.RENEWABLE_SHARE,
            DemoCompany.ROOT + "/Cloud",
            null,
            null,
            2020,
            2030,
            1.0,
            Pathway.LINEAR,
            "RE100"),
        new Target(
            "KG-T5",
            "Logistics fleet 60% electric by 2030",
            TargetKind.FLEET_ELECTRIFICATION,
            DemoCompany.ROOT + "/Logistics",
            null,
            null,
            2020,
            2030,
            0.6,
            Pathway.LINEAR,
            ""));
  }

  /** Vehicles of the logistics fleets by year from 2020: {electric, all}. */
  static final int[][] FLEET = {
    {640, 8_000}, {1_092, 8_400}, {1_663, 8_750}, {2_275, 9_100}, {3_008, 9_400}, {3_783, 9_700}
  };

  /** Scope 3+ reductions the platform enabled by year from 2021, t CO2e (its Scope 3+ ledger). */
  static final double[] SCOPE3_PLUS = {4.0e6, 18.6e6, 22.2e6, 26.4e6, 30.1e6};

  /** Data-centre PUE by year from 2020: better cooling and free air lower it about 2% a year. */
  static final double[] PUE = {1.28, 1.25, 1.22, 1.19, 1.16, 1.13};

  /** Data-centre WUE by year from 2020, L/kWh of IT energy. */
  static final double[] WUE = {1.90, 1.85, 1.78, 1.70, 1.62, 1.55};

  /**
   * Heat recovered from the Ulanqab data centre for district heating, tce by year from 2023 (the
   * measure started in 2023 and reached 55,000 tce in 2025).
   */
  static final double[] HEAT_RECOVERED = {18_000, 40_000, 55_000};

  /** The org unit of the data centres. */
  public static final String DATA_CENTERS = DemoCompany.ROOT + "/Cloud/Data-Centers";

  /**
   * The operational indicator values of the demo, by year: the data centres' facility energy (their
   * electricity in the demo's activity file), IT energy (facility energy over the year's PUE) and
   * water (WUE times IT energy); the heat recovered at DC-Ulanqab; the logistics fleet's vehicles,
   * all and electric.
   */
  public static List<org.scopeplus.core.indicator.IndicatorValue> indicators(Path activityCsv)
      throws IOException {
    return indicators(renewableShare(activityCsv));
  }

  /**
   * The same, from the electricity of the demo's activity file as {@link #renewableShare} reads it.
   */
  public static List<org.scopeplus.core.indicator.IndicatorValue> indicators(
      RenewableShare electricity) {
    List<org.scopeplus.core.indicator.IndicatorValue> out = new java.util.ArrayList<>();
    SortedMap<Integer, Long> facilityKwh = new TreeMap<>();
    electricity
        .kwhByMonth(DATA_CENTERS)
        .forEach((m, kwh) -> facilityKwh.merge(m.getYear(), kwh[0], Math::addExact));
    for (int i = 0; i < PUE.length; i++) {
      int year = DemoCompany.FIRST_YEAR + i;
      Long kwh = facilityKwh.get(year);
      if (kwh == null) {
        continue;
      }
      double facility = kwh / 1000.0;
      double it = facility / PUE[i];
      out.add(value(DATA_CENTERS, "", year, Metric.FACILITY_ENERGY, facility));
      out.add(value(DATA_CENTERS, "", year, Metric.IT_ENERGY, it));
      // WUE in L/kWh is m3/MWh
      out.add(value(DATA_CENTERS, "", year, Metric.WATER, WUE[i] * it));
    }
    for (int i = 0; i < HEAT_RECOVERED.length; i++) {
      out.add(
          value(DATA_CENTERS, "DC-Ulanqab", 2023 + i, Metric.HEAT_RECOVERED, HEAT_RECOVERED[i]));
    }
    String logistics = DemoCompany.ROOT + "/Logistics";
    for (int i = 0; i < FLEET.length; i++) {
      int year = DemoCompany.FIRST_YEAR + i;
      out.add(value(logistics, "", year, Metric.FLEET_VEHICLES, FLEET[i][1]));
      out.add(value(logistics, "", year, Metric.FLEET_ELECTRIC, FLEET[i][0]));
    }
    return out;
  }

  private static org.scopeplus.core.indicator.IndicatorValue value(
      String unit, String facility, int year, Metric metric, double v) {
    return new org.scopeplus.core.indicator.IndicatorValue(unit, facility, year, 0, metric, v);
  }

  /** Electric vehicles as a share of the logistics fleet, by year. */
  public static SortedMap<Integer, Double> fleetElectricShare() {
    SortedMap<Integer, Double> out = new TreeMap<>();
    for (int i = 0; i < FLEET.length; i++) {
      out.put(DemoCompany.FIRST_YEAR + i, FLEET[i][0] / (double) FLEET[i][1]);
    }
    return out;
  }

  /** Scope 3+ reductions enabled, t CO2e, by year. */
  public static SortedMap<Integer, Double> scope3PlusReductions() {
    SortedMap<Integer, Double> out = new TreeMap<>();
    for (int i = 0; i < SCOPE3_PLUS.length; i++) {
      out.put(2021 + i, SCOPE3_PLUS[i]);
    }
    return out;
  }

  /** Revenue, million CNY, by year. */
  public static SortedMap<Integer, Double> revenue() {
    SortedMap<Integer, Double> out = new TreeMap<>();
    for (int i = 0; i < DemoCompany.REVENUE.length; i++) {
      out.put(DemoCompany.FIRST_YEAR + i, DemoCompany.REVENUE[i]);
    }
    return out;
  }

  /**
   * The renewable-electricity share of each org unit and month, from the demo's instrument registry
   * ({@link DemoInstruments}): the kWh its certificates and contracts are allocated to, over all
   * electricity.
   */
  public static RenewableShare renewableShare(Path activityCsv) throws IOException {
    return DemoInstruments.registry(activityCsv).renewableShare();
  }

  /**
   * The credit ledger: a lot of each kind, bought and partly retired for 2024 and 2025 (and one
   * transfer), through the ledger's own rules.
   */
  public static CreditLedger credits() {
    CreditLedger l = CreditLedger.empty();
    l =
        bought(
            l,
            new CreditLot(
                "KG-C1",
                "Verra VCS",
                "VCS 1477 Guangxi grassland REDD+",
                "VM0007",
                2022,
                new SerialRange("VCS-1477-2022", 1, 400_000),
                CreditKind.AVOIDANCE_REDUCTION,
                0,
                List.of("CORSIA eligible")));
    l =
        bought(
            l,
            new CreditLot(
                "KG-C2",
                "Gold Standard",
                "GS 7211 Yunnan clean cookstoves",
                "GS TPDDTEC",
                2023,
                new SerialRange("GS1-1-CN-GS7211-2023", 1, 300_000),
                CreditKind.AVOIDANCE_REDUCTION,
                0,
                List.of("ICVCM CCP")));
    l =
        bought(
            l,
            new CreditLot(
                "KG-C3",
                "CCER",
                "Inner Mongolia afforestation",
                "CCER-14-001-V01",
                2023,
                new SerialRange("CCER-14-NM-2023", 1, 200_000),
                CreditKind.NATURE_BASED_REMOVAL,
                30,
                List.of()));
    l =
        bought(
            l,
            new CreditLot(
                "KG-C4",
                "Puro.earth",
                "Biochar, Jiangsu",
                "Puro Biochar 2022",
                2024,
                new SerialRange("PURO-BC-JS-2024", 1, 20_000),
                CreditKind.TECHNOLOGICAL_REMOVAL,
                100,
                List.of()));
    l =
        bought(
            l,
            new CreditLot(
                "KG-C5",
                "Isometric",
                "Direct air capture, Iceland",
                "Isometric DAC v1.0",
                2025,
                new SerialRange("ISO-DAC-IS-2025", 1, 2_000),
                CreditKind.TECHNOLOGICAL_REMOVAL,
                1000,
                List.of()));
    l = done(l.retire("KG-M1", "KG-C1", 300_000, null, 2024, "carbon neutrality claim 2024"));
    l = done(l.transfer("KG-M2", "KG-C1", 20_000, null, "Kestrel Cloud customer pool"));
    l = done(l.retire("KG-M3", "KG-C2", 250_000, null, 2025, "carbon neutrality claim 2025"));
    l = done(l.retire("KG-M4", "KG-C3", 150_000, null, 2025, "carbon neutrality claim 2025"));
    l = done(l.retire("KG-M5", "KG-C4", 15_000, null, 2025, "carbon neutrality claim 2025"));
    l = done(l.retire("KG-M6", "KG-C5", 1_000, null, 2025, "carbon neutrality claim 2025"));
    return l;
  }

  private static CreditLedger bought(CreditLedger l, CreditLot lot) {
    return done(l.purchase(lot));
  }

  private static CreditLedger done(CreditOutcome<?> o) {
    if (o instanceof CreditOutcome.Done<?> d) {
      return d.ledger();
    }
    throw new IllegalStateException("the demo's credit ledger breaks its own rules: " + o);
  }
}
