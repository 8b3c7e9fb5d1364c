package org.scopeplus.io.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Kestrel Group, the fictional platform company of the demo: cloud data centers, logistics, retail,
 * marketplace, maps and mobility, food delivery and offices in China and South-East Asia.
 *
 * <p>Its 2020 inventory is calibrated to the published 2020 baseline of the company it is modelled
 * on (Alibaba Group, <i>Carbon Neutrality Action Report</i>, December 2021): Scope 1 0.51 Mt CO2e,
 * of which fuel combustion in own vehicles about 32.3%; Scope 2 (location-based) 3.71 Mt; Scope 3
 * 5.29 Mt; total 9.51 Mt; Scope 3 intensity 8.22 t CO2e per million RMB of revenue (revenue about
 * 644 billion RMB). Each stream below states its 2020 emissions; {@link DemoDataset} turns them
 * into activity quantities with the real factors, so the engine, not this class, produces every
 * number.
 *
 * <p>Trends after 2020: data centers grow about 22% a year while their PUE improves about 3% a year
 * (4.5% where liquid cooled); warehouses add rooftop PV, so their purchased power grows slower than
 * their floor space; fleets improve fuel economy; a growing share of electricity is covered by
 * green electricity certificates (GEC in China, I-REC elsewhere), which lowers Scope 2 market-based
 * only.
 */
public final class DemoCompany {

  /** The company's name. */
  public static final String NAME = "Kestrel Group";

  /** Root of the org-unit paths. */
  public static final String ROOT = "Kestrel";

  public static final int FIRST_YEAR = 2020;
  public static final int LAST_YEAR = 2025;

  /** The published 2020 baseline the demo reproduces, t CO2e. */
  public static final double BASELINE_SCOPE1 = 510_000;

  public static final double BASELINE_SCOPE2_LOCATION = 3_710_000;
  public static final double BASELINE_SCOPE3 = 5_290_000;
  public static final double BASELINE_TOTAL = 9_510_000;

  /** Fuel combustion in own vehicles as a share of Scope 1 in the baseline. */
  public static final double BASELINE_OWN_VEHICLE_SHARE = 0.323;

  /** Scope 3 intensity of the baseline, t CO2e per million RMB of revenue. */
  public static final double BASELINE_SCOPE3_INTENSITY = 8.22;

  /** 2020 revenue, million RMB (CNY). */
  public static final double REVENUE_2020 = 643_552;

  /** Revenue per year from 2020, million CNY. */
  static final double[] REVENUE = {643_552, 717_289, 853_062, 868_687, 941_168, 996_347};

  /** Employees per year from 2020. */
  static final double[] EMPLOYEES = {251_462, 259_316, 239_740, 228_675, 204_891, 198_162};

  /** Floor area per year from 2020, m2 (offices, stores, warehouses, data halls). */
  static final double[] FLOOR_AREA = {
    21_800_000, 24_300_000, 26_100_000, 27_400_000, 28_200_000, 29_000_000
  };

  /** Share of covered electricity bought with certificates, per year from 2020. */
  static final double[] CERTIFICATE_SHARE = {0.05, 0.12, 0.21, 0.32, 0.44, 0.56};

  private DemoCompany() {}

  private static final String GAS = "s1.stationary.commercial_institutional.natural_gas";
  private static final String REFRIGERANT = "s1.refrigerant.purchased";

  /** Instrument of a {@link PerSite} stream: GEC for a site in China, I-REC elsewhere. */
  private static final String CERTIFICATE = "GEC or I-REC";

  /**
   * A stream every site of a table has, its 2020 tonnes split by the site's weight (see {@link
   * Builder#sites}).
   */
  private record PerSite(
      String type,
      String unit,
      String substance,
      double tonnes,
      double growth,
      double efficiency,
      Season season,
      String instrument) {}

  /** Every stream of the company. */
  public static List<DemoStream> streams() {
    Builder b = new Builder();
    cloud(b);
    logistics(b);
    retail(b);
    platforms(b);
    corporate(b);
    valueChain(b);
    return List.copyOf(b.streams);
  }

  private static void cloud(Builder b) {
    String unit = ROOT + "/Cloud";
    Object[][] dcs = {
      {"DC-Hangzhou-Renhe", "CN-ZJ", 0.14, true},
      {"DC-Zhangbei", "CN-HE", 0.16, false},
      {"DC-Ulanqab", "CN-NM", 0.14, true},
      {"DC-Heyuan", "CN-GD", 0.10, false},
      {"DC-Nantong", "CN-JS", 0.10, false},
      {"DC-Guian", "CN-GZ", 0.08, false},
      {"DC-Shanghai", "CN-SH", 0.06, false},
      {"DC-Chengdu", "CN-SC", 0.05, false},
      {"DC-Singapore", "SG", 0.06, false},
      {"DC-Jakarta", "ID", 0.04, false},
      {"DC-KualaLumpur", "MY", 0.04, false},
      {"DC-Bangkok", "TH", 0.03, false}
    };
    for (Object[] dc : dcs) {
      String facility = (String) dc[0];
      String region = (String) dc[1];
      double w = (Double) dc[2];
      boolean liquid = (Boolean) dc[3];
      String path = unit + "/Data-Centers/" + facility;
      b.add(
          path,
          facility,
          region,
          "s2.electricity",
          "MWh",
          "",
          2_700_000 * w,
          0.22,
          liquid ? 0.045 : 0.03,
          Season.SUMMER_COOLING,
          region.startsWith("CN") ? "GEC" : "I-REC");
      b.add(
          path,
          facility,
          region,
          "s1.stationary.commercial_institutional.gas_diesel_oil",
          "t",
          "",
          45_000 * w,
          0.10,
          0.0,
          Season.FLAT,
          "");
      b.add(
          path,
          facility,
          region,
          "s1.refrigerant.purchased",
          "kg",
          "HFC-134a",
          15_000 * w,
          0.12,
          0.05,
          Season.SUMMER_COOLING,
          "");
    }
  }

  private static void logistics(Builder b) {
    String unit = ROOT + "/Logistics";
    Object[][] fleets = {
      {"Linehaul-East", "CN-ZJ", 0.40},
      {"Linehaul-North", "CN-BJ", 0.35},
      {"Linehaul-South", "CN-GD", 0.25}
    };
    b.sites(
        unit + "/Fleets",
        fleets,
        new PerSite(
            "s1.mobile.road.gas_diesel_oil", "t", "", 110_000, 0.08, 0.03, Season.PARCELS, ""));
    Object[][] vans = {
      {"City-Vans-Hangzhou", "CN-ZJ", 0.3},
      {"City-Vans-Shanghai", "CN-SH", 0.3},
      {"City-Vans-Shenzhen", "CN-GD", 0.25},
      {"City-Vans-Chengdu", "CN-SC", 0.15}
    };
    b.sites(
        unit + "/Last-Mile",
        vans,
        new PerSite(
            "s1.mobile.road.gas_diesel_oil", "t", "", 35_000, 0.10, 0.06, Season.PARCELS, ""));
    Object[][] hubs = {
      {"Hub-Hangzhou", "CN-ZJ", 0.25},
      {"Hub-Wuhan", "CN-HB", 0.2},
      {"Hub-Guangzhou", "CN-GD", 0.25},
      {"Hub-Beijing", "CN-BJ", 0.2},
      {"Hub-Chengdu", "CN-SC", 0.1}
    };
    b.sites(
        unit + "/Parcel-Network",
        hubs,
        new PerSite("s2.electricity", "MWh", "", 50_000, 0.15, 0.02, Season.PARCELS, "GEC"));
    Object[][] warehouses = {
      {"WH-Jiaxing", "CN-ZJ", 0.16},
      {"WH-Tianjin", "CN-TJ", 0.12},
      {"WH-Dongguan", "CN-GD", 0.14},
      {"WH-Wuhan", "CN-HB", 0.1},
      {"WH-Chongqing", "CN-CQ", 0.08},
      {"WH-Shenyang", "CN-LN", 0.08},
      {"WH-Xian", "CN-SN", 0.08},
      {"WH-KualaLumpur", "MY", 0.08},
      {"WH-Manila", "PH", 0.08},
      {"WH-HoChiMinh", "VN", 0.08}
    };
    // rooftop PV displaces purchased power: slower growth than floor space
    b.sites(
        unit + "/Warehouses",
        warehouses,
        new PerSite("s2.electricity", "MWh", "", 300_000, 0.12, 0.06, Season.PARCELS, CERTIFICATE));
  }

  private static void retail(Builder b) {
    Object[][] stores = {
      {"SM-Shanghai", "CN-SH", 0.18},
      {"SM-Hangzhou", "CN-ZJ", 0.16},
      {"SM-Beijing", "CN-BJ", 0.15},
      {"SM-Shenzhen", "CN-GD", 0.13},
      {"SM-Chengdu", "CN-SC", 0.1},
      {"SM-Wuhan", "CN-HB", 0.1},
      {"SM-Xian", "CN-SN", 0.09},
      {"SM-Nanjing", "CN-JS", 0.09}
    };
    b.sites(
        ROOT + "/Retail/Supermarkets",
        stores,
        new PerSite("s2.electricity", "kWh", "", 330_000, 0.05, 0.03, Season.RETAIL, "GEC"),
        new PerSite(GAS, "m3", "", 110_000, 0.04, 0.02, Season.WINTER_HEATING, ""),
        new PerSite(REFRIGERANT, "kg", "R-404A", 80_000, 0.03, 0.08, Season.SUMMER_COOLING, ""));
    Object[][] depts = {
      {"DS-Hangzhou", "CN-ZJ", 0.28},
      {"DS-Beijing", "CN-BJ", 0.24},
      {"DS-Shenyang", "CN-LN", 0.18},
      {"DS-Ningbo", "CN-ZJ", 0.16},
      {"DS-Kunming", "CN-YN", 0.14}
    };
    b.sites(
        ROOT + "/Retail/Department-Stores",
        depts,
        new PerSite("s2.electricity", "kWh", "", 150_000, 0.0, 0.03, Season.RETAIL, ""),
        new PerSite(GAS, "m3", "", 40_000, 0.0, 0.03, Season.WINTER_HEATING, ""),
        new PerSite(REFRIGERANT, "kg", "R-410A", 15_270, 0.0, 0.05, Season.SUMMER_COOLING, ""));
  }

  /**
   * Streams without a per-site split, one a line: org unit under {@link #ROOT}, facility, region,
   * activity type, unit, t CO2e in 2020, growth, efficiency, season, instrument (may be empty);
   * lines starting with # are comments. None names a substance.
   */
  private static final String PLATFORMS =
      """
      Mobility/Fleet | Mobility-Fleet | CN-BJ | s1.mobile.road.motor_gasoline.ldv_1995_on | t | 9730 | 0.05 | 0.04 | FLAT |
      Food-Delivery/Fleet | Delivery-Support-Cars | CN-SH | s1.mobile.road.motor_gasoline.ldv_1995_on | t | 10000 | 0.06 | 0.05 | FLAT |
      Marketplace/Offices/Hangzhou-Xixi | Campus-Xixi | CN-ZJ | s2.electricity | kWh | 40000 | 0.04 | 0.03 | SUMMER_COOLING | GEC
      Mobility/Offices/Beijing-Wangjing | Office-Wangjing | CN-BJ | s2.electricity | kWh | 14000 | 0.03 | 0.03 | FLAT |
      Food-Delivery/Offices/Shanghai-Putuo | Office-Putuo | CN-SH | s2.electricity | kWh | 16000 | 0.05 | 0.03 | FLAT |
      """;

  private static void platforms(Builder b) {
    b.table(PLATFORMS);
  }

  private static void corporate(Builder b) {
    String c = ROOT + "/Corporate";
    Object[][] campuses = {
      {"Campus-Hangzhou", "CN-ZJ", 36_000.0, 16_000.0},
      {"Campus-Beijing", "CN-BJ", 22_000.0, 12_000.0},
      {"Campus-Shanghai", "CN-SH", 18_000.0, 7_000.0},
      {"Campus-Shenzhen", "CN-GD", 12_000.0, 5_000.0}
    };
    for (Object[] k : campuses) {
      String path = c + "/Campuses/" + k[0];
      b.add(
          path,
          (String) k[0],
          (String) k[1],
          "s2.electricity",
          "kWh",
          "",
          (Double) k[2],
          0.02,
          0.03,
          Season.SUMMER_COOLING,
          "GEC");
      b.add(
          path,
          (String) k[0],
          (String) k[1],
          "s1.stationary.commercial_institutional.natural_gas",
          "m3",
          "",
          (Double) k[3],
          0.02,
          0.03,
          Season.WINTER_HEATING,
          "");
    }
    Object[][] offices = {
      {"Office-Singapore", "SG", 6_000.0},
      {"Office-Jakarta", "ID", 4_000.0},
      {"Office-KualaLumpur", "MY", 3_500.0},
      {"Office-Bangkok", "TH", 3_000.0},
      {"Office-HoChiMinh", "VN", 2_500.0},
      {"Office-Manila", "PH", 3_000.0}
    };
    for (Object[] o : offices) {
      b.add(
          c + "/International/" + o[0],
          (String) o[0],
          (String) o[1],
          "s2.electricity",
          "kWh",
          "",
          (Double) o[2],
          0.08,
          0.03,
          Season.FLAT,
          "I-REC");
    }
  }

  /** The value chain (Scope 3), in the form of {@link #PLATFORMS}. */
  private static final String VALUE_CHAIN =
      """
      # Category 1: purchased goods and services
      Marketplace/Packaging | Packaging-Suppliers | CN | s3.c1.mass.board | t | 700000 | 0.06 | 0.04 | PARCELS |
      Retail/Merchandise | Fresh-Food-Suppliers | CN | s3.c1.mass.food_drink | t | 900000 | 0.04 | 0.0 | RETAIL |
      Corporate/Procurement | IT-Services | US | s3.c1.spend.it_services | USD@2018 | 200000 | 0.1 | 0.0 | FLAT |
      Corporate/Procurement | Professional-Services | US | s3.c1.spend.professional_services | USD@2018 | 100000 | 0.05 | 0.0 | FLAT |
      Corporate/Procurement | Advertising | US | s3.c1.spend.advertising | USD@2018 | 400000 | 0.03 | 0.0 | RETAIL |
      # Category 2: capital goods
      Cloud/Servers | Server-Procurement | US | s3.c2.spend.computers_electronics | USD@2018 | 900000 | 0.15 | 0.02 | FLAT |
      Corporate/Procurement | Construction | US | s3.c2.spend.construction | USD@2018 | 200000 | 0.05 | 0.0 | FLAT |
      # Category 3: upstream of purchased electricity
      Corporate/Procurement | Electricity-Upstream | CN | s3.c3.wtt.electricity | MWh | 380000 | 0.18 | 0.03 | SUMMER_COOLING |
      Corporate/Procurement | Grid-Losses-Upstream | CN | s3.c3.wtt.td_losses | MWh | 40000 | 0.18 | 0.03 | SUMMER_COOLING |
      # Category 4: upstream transportation by contracted carriers
      Logistics/Contracted-Transport | Contracted-Road | CN | s3.c4.freight.hgv_diesel_average | t·km | 420000 | 0.1 | 0.02 | PARCELS |
      Logistics/Contracted-Transport | Contracted-Rail | CN | s3.c4.freight.rail | t·km | 60000 | 0.15 | 0.0 | PARCELS |
      Logistics/Contracted-Transport | Contracted-Air | CN | s3.c4.freight.air_domestic | t·km | 120000 | 0.06 | 0.01 | PARCELS |
      # Category 5: waste generated in operations
      Retail/Waste | Store-Waste | CN | s3.c5.waste.landfill.commercial_industrial | t | 70000 | 0.0 | 0.08 | RETAIL |
      Logistics/Waste | Warehouse-Waste | CN | s3.c5.waste.combustion.commercial_industrial | t | 20000 | 0.05 | 0.04 | PARCELS |
      # Category 6: business travel
      Corporate/Travel | Air-Domestic | CN | s3.c6.flight_domestic | p·km | 100000 | 0.02 | 0.0 | TRAVEL |
      Corporate/Travel | Air-Regional | CN | s3.c6.flight_shorthaul_economy | p·km | 30000 | 0.06 | 0.0 | TRAVEL |
      Corporate/Travel | Hotels | CN | s3.c6.hotel | room-night | 20000 | 0.03 | 0.0 | TRAVEL |
      Corporate/Travel | Rail | CN | s3.c6.rail_national | p·km | 10000 | 0.08 | 0.0 | TRAVEL |
      # Category 7: employee commuting
      Corporate/Commuting | Commute-Car | CN | s3.c7.car.car_unknown | km | 150000 | -0.02 | 0.02 | FLAT |
      Corporate/Commuting | Commute-Bus | CN | s3.c7.bus_local | p·km | 40000 | 0.0 | 0.0 | FLAT |
      Corporate/Commuting | Commute-Metro | CN | s3.c7.rail_national | p·km | 30000 | 0.03 | 0.0 | FLAT |
      # Category 8: upstream leased assets
      Cloud/Leased-Data-Centers | Colo-Beijing | CN-BJ | s3.c8.electricity | MWh | 130000 | 0.1 | 0.03 | SUMMER_COOLING |
      Cloud/Leased-Data-Centers | Colo-Guangzhou | CN-GD | s3.c8.electricity | MWh | 90000 | 0.1 | 0.03 | SUMMER_COOLING |
      Logistics/Leased-Warehouses | Leased-WH-Suzhou | CN-JS | s3.c8.electricity | MWh | 80000 | 0.08 | 0.04 | PARCELS |
      # Category 14: franchises
      Retail/Franchises | Franchise-Stores | CN | s3.c14.electricity | MWh | 80000 | 0.12 | 0.03 | RETAIL |
      Retail/Franchises | Franchise-Stores | CN | s3.c14.natural_gas | m3 | 20000 | 0.12 | 0.02 | WINTER_HEATING |
      """;

  private static void valueChain(Builder b) {
    b.table(VALUE_CHAIN);
  }

  /** Collects streams. */
  private static final class Builder {
    final List<DemoStream> streams = new ArrayList<>();

    /**
     * Adds, site by site, each stream of {@code perSite} under {@code parent/site}: a site is its
     * name (also the facility), region and share of the stream's 2020 tonnes.
     */
    void sites(String parent, Object[][] sites, PerSite... perSite) {
      for (Object[] site : sites) {
        String name = (String) site[0];
        String region = (String) site[1];
        double weight = (Double) site[2];
        for (PerSite p : perSite) {
          add(
              parent + "/" + name,
              name,
              region,
              p.type(),
              p.unit(),
              p.substance(),
              p.tonnes() * weight,
              p.growth(),
              p.efficiency(),
              p.season(),
              p.instrument().equals(CERTIFICATE)
                  ? (region.startsWith("CN") ? "GEC" : "I-REC")
                  : p.instrument());
        }
      }
    }

    /** Adds the streams of a table in the form of {@link #PLATFORMS}. */
    void table(String rows) {
      for (String line : rows.split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\\|", -1);
        for (int i = 0; i < c.length; i++) {
          c[i] = c[i].strip();
        }
        add(
            ROOT + "/" + c[0],
            c[1],
            c[2],
            c[3],
            c[4],
            "",
            Double.parseDouble(c[5]),
            Double.parseDouble(c[6]),
            Double.parseDouble(c[7]),
            Season.valueOf(c[8]),
            c.length > 9 ? c[9] : "");
      }
    }

    void add(
        String orgUnit,
        String facility,
        String region,
        String type,
        String unit,
        String substance,
        double tonnes,
        double growth,
        double efficiency,
        Season season,
        String instrument) {
      streams.add(
          new DemoStream(
              orgUnit,
              facility,
              region,
              type,
              unit,
              substance,
              tonnes,
              growth,
              efficiency,
              season,
              instrument));
    }
  }
}
