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
    for (Object[] f : fleets) {
      b.add(
          unit + "/Fleets/" + f[0],
          (String) f[0],
          (String) f[1],
          "s1.mobile.road.gas_diesel_oil",
          "t",
          "",
          110_000 * (Double) f[2],
          0.08,
          0.03,
          Season.PARCELS,
          "");
    }
    Object[][] vans = {
      {"City-Vans-Hangzhou", "CN-ZJ", 0.3},
      {"City-Vans-Shanghai", "CN-SH", 0.3},
      {"City-Vans-Shenzhen", "CN-GD", 0.25},
      {"City-Vans-Chengdu", "CN-SC", 0.15}
    };
    for (Object[] v : vans) {
      b.add(
          unit + "/Last-Mile/" + v[0],
          (String) v[0],
          (String) v[1],
          "s1.mobile.road.gas_diesel_oil",
          "t",
          "",
          35_000 * (Double) v[2],
          0.10,
          0.06,
          Season.PARCELS,
          "");
    }
    Object[][] hubs = {
      {"Hub-Hangzhou", "CN-ZJ", 0.25},
      {"Hub-Wuhan", "CN-HB", 0.2},
      {"Hub-Guangzhou", "CN-GD", 0.25},
      {"Hub-Beijing", "CN-BJ", 0.2},
      {"Hub-Chengdu", "CN-SC", 0.1}
    };
    for (Object[] h : hubs) {
      b.add(
          unit + "/Parcel-Network/" + h[0],
          (String) h[0],
          (String) h[1],
          "s2.electricity",
          "MWh",
          "",
          50_000 * (Double) h[2],
          0.15,
          0.02,
          Season.PARCELS,
          "GEC");
    }
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
    for (Object[] w : warehouses) {
      String region = (String) w[1];
      // rooftop PV displaces purchased power: slower growth than floor space
      b.add(
          unit + "/Warehouses/" + w[0],
          (String) w[0],
          region,
          "s2.electricity",
          "MWh",
          "",
          300_000 * (Double) w[2],
          0.12,
          0.06,
          Season.PARCELS,
          region.startsWith("CN") ? "GEC" : "I-REC");
    }
  }

  private static void retail(Builder b) {
    String sm = ROOT + "/Retail/Supermarkets";
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
    for (Object[] s : stores) {
      String path = sm + "/" + s[0];
      double w = (Double) s[2];
      b.add(
          path,
          (String) s[0],
          (String) s[1],
          "s2.electricity",
          "kWh",
          "",
          330_000 * w,
          0.05,
          0.03,
          Season.RETAIL,
          "GEC");
      b.add(
          path,
          (String) s[0],
          (String) s[1],
          "s1.stationary.commercial_institutional.natural_gas",
          "m3",
          "",
          110_000 * w,
          0.04,
          0.02,
          Season.WINTER_HEATING,
          "");
      b.add(
          path,
          (String) s[0],
          (String) s[1],
          "s1.refrigerant.purchased",
          "kg",
          "R-404A",
          80_000 * w,
          0.03,
          0.08,
          Season.SUMMER_COOLING,
          "");
    }
    String ds = ROOT + "/Retail/Department-Stores";
    Object[][] depts = {
      {"DS-Hangzhou", "CN-ZJ", 0.28},
      {"DS-Beijing", "CN-BJ", 0.24},
      {"DS-Shenyang", "CN-LN", 0.18},
      {"DS-Ningbo", "CN-ZJ", 0.16},
      {"DS-Kunming", "CN-YN", 0.14}
    };
    for (Object[] d : depts) {
      String path = ds + "/" + d[0];
      double w = (Double) d[2];
      b.add(
          path,
          (String) d[0],
          (String) d[1],
          "s2.electricity",
          "kWh",
          "",
          150_000 * w,
          0.0,
          0.03,
          Season.RETAIL,
          "");
      b.add(
          path,
          (String) d[0],
          (String) d[1],
          "s1.stationary.commercial_institutional.natural_gas",
          "m3",
          "",
          40_000 * w,
          0.0,
          0.03,
          Season.WINTER_HEATING,
          "");
      b.add(
          path,
          (String) d[0],
          (String) d[1],
          "s1.refrigerant.purchased",
          "kg",
          "R-410A",
          15_270 * w,
          0.0,
          0.05,
          Season.SUMMER_COOLING,
          "");
    }
  }

  private static void platforms(Builder b) {
    b.add(
        ROOT + "/Mobility/Fleet",
        "Mobility-Fleet",
        "CN-BJ",
        "s1.mobile.road.motor_gasoline.ldv_1995_on",
        "t",
        "",
        9_730,
        0.05,
        0.04,
        Season.FLAT,
        "");
    b.add(
        ROOT + "/Food-Delivery/Fleet",
        "Delivery-Support-Cars",
        "CN-SH",
        "s1.mobile.road.motor_gasoline.ldv_1995_on",
        "t",
        "",
        10_000,
        0.06,
        0.05,
        Season.FLAT,
        "");
    b.add(
        ROOT + "/Marketplace/Offices/Hangzhou-Xixi",
        "Campus-Xixi",
        "CN-ZJ",
        "s2.electricity",
        "kWh",
        "",
        40_000,
        0.04,
        0.03,
        Season.SUMMER_COOLING,
        "GEC");
    b.add(
        ROOT + "/Mobility/Offices/Beijing-Wangjing",
        "Office-Wangjing",
        "CN-BJ",
        "s2.electricity",
        "kWh",
        "",
        14_000,
        0.03,
        0.03,
        Season.FLAT,
        "");
    b.add(
        ROOT + "/Food-Delivery/Offices/Shanghai-Putuo",
        "Office-Putuo",
        "CN-SH",
        "s2.electricity",
        "kWh",
        "",
        16_000,
        0.05,
        0.03,
        Season.FLAT,
        "");
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

  private static void valueChain(Builder b) {
    String p = ROOT + "/Corporate/Procurement";
    // Category 1: purchased goods and services
    b.add(
        ROOT + "/Marketplace/Packaging",
        "Packaging-Suppliers",
        "CN",
        "s3.c1.mass.board",
        "t",
        "",
        700_000,
        0.06,
        0.04,
        Season.PARCELS,
        "");
    b.add(
        ROOT + "/Retail/Merchandise",
        "Fresh-Food-Suppliers",
        "CN",
        "s3.c1.mass.food_drink",
        "t",
        "",
        900_000,
        0.04,
        0.0,
        Season.RETAIL,
        "");
    b.add(
        p,
        "IT-Services",
        "US",
        "s3.c1.spend.it_services",
        "USD@2018",
        "",
        200_000,
        0.1,
        0.0,
        Season.FLAT,
        "");
    b.add(
        p,
        "Professional-Services",
        "US",
        "s3.c1.spend.professional_services",
        "USD@2018",
        "",
        100_000,
        0.05,
        0.0,
        Season.FLAT,
        "");
    b.add(
        p,
        "Advertising",
        "US",
        "s3.c1.spend.advertising",
        "USD@2018",
        "",
        400_000,
        0.03,
        0.0,
        Season.RETAIL,
        "");
    // Category 2: capital goods
    b.add(
        ROOT + "/Cloud/Servers",
        "Server-Procurement",
        "US",
        "s3.c2.spend.computers_electronics",
        "USD@2018",
        "",
        900_000,
        0.15,
        0.02,
        Season.FLAT,
        "");
    b.add(
        p,
        "Construction",
        "US",
        "s3.c2.spend.construction",
        "USD@2018",
        "",
        200_000,
        0.05,
        0.0,
        Season.FLAT,
        "");
    // Category 3: upstream of purchased electricity
    b.add(
        p,
        "Electricity-Upstream",
        "CN",
        "s3.c3.wtt.electricity",
        "MWh",
        "",
        380_000,
        0.18,
        0.03,
        Season.SUMMER_COOLING,
        "");
    b.add(
        p,
        "Grid-Losses-Upstream",
        "CN",
        "s3.c3.wtt.td_losses",
        "MWh",
        "",
        40_000,
        0.18,
        0.03,
        Season.SUMMER_COOLING,
        "");
    // Category 4: upstream transportation by contracted carriers
    String l = ROOT + "/Logistics/Contracted-Transport";
    b.add(
        l,
        "Contracted-Road",
        "CN",
        "s3.c4.freight.hgv_diesel_average",
        "t·km",
        "",
        420_000,
        0.1,
        0.02,
        Season.PARCELS,
        "");
    b.add(
        l,
        "Contracted-Rail",
        "CN",
        "s3.c4.freight.rail",
        "t·km",
        "",
        60_000,
        0.15,
        0.0,
        Season.PARCELS,
        "");
    b.add(
        l,
        "Contracted-Air",
        "CN",
        "s3.c4.freight.air_domestic",
        "t·km",
        "",
        120_000,
        0.06,
        0.01,
        Season.PARCELS,
        "");
    // Category 5: waste generated in operations
    b.add(
        ROOT + "/Retail/Waste",
        "Store-Waste",
        "CN",
        "s3.c5.waste.landfill.commercial_industrial",
        "t",
        "",
        70_000,
        0.0,
        0.08,
        Season.RETAIL,
        "");
    b.add(
        ROOT + "/Logistics/Waste",
        "Warehouse-Waste",
        "CN",
        "s3.c5.waste.combustion.commercial_industrial",
        "t",
        "",
        20_000,
        0.05,
        0.04,
        Season.PARCELS,
        "");
    // Category 6: business travel
    String t = ROOT + "/Corporate/Travel";
    b.add(
        t,
        "Air-Domestic",
        "CN",
        "s3.c6.flight_domestic",
        "p·km",
        "",
        100_000,
        0.02,
        0.0,
        Season.TRAVEL,
        "");
    b.add(
        t,
        "Air-Regional",
        "CN",
        "s3.c6.flight_shorthaul_economy",
        "p·km",
        "",
        30_000,
        0.06,
        0.0,
        Season.TRAVEL,
        "");
    b.add(t, "Hotels", "CN", "s3.c6.hotel", "room-night", "", 20_000, 0.03, 0.0, Season.TRAVEL, "");
    b.add(t, "Rail", "CN", "s3.c6.rail_national", "p·km", "", 10_000, 0.08, 0.0, Season.TRAVEL, "");
    // Category 7: employee commuting
    String m = ROOT + "/Corporate/Commuting";
    b.add(
        m,
        "Commute-Car",
        "CN",
        "s3.c7.car.car_unknown",
        "km",
        "",
        150_000,
        -0.02,
        0.02,
        Season.FLAT,
        "");
    b.add(m, "Commute-Bus", "CN", "s3.c7.bus_local", "p·km", "", 40_000, 0.0, 0.0, Season.FLAT, "");
    b.add(
        m,
        "Commute-Metro",
        "CN",
        "s3.c7.rail_national",
        "p·km",
        "",
        30_000,
        0.03,
        0.0,
        Season.FLAT,
        "");
    // Category 8: upstream leased assets
    b.add(
        ROOT + "/Cloud/Leased-Data-Centers",
        "Colo-Beijing",
        "CN-BJ",
        "s3.c8.electricity",
        "MWh",
        "",
        130_000,
        0.1,
        0.03,
        Season.SUMMER_COOLING,
        "");
    b.add(
        ROOT + "/Cloud/Leased-Data-Centers",
        "Colo-Guangzhou",
        "CN-GD",
        "s3.c8.electricity",
        "MWh",
        "",
        90_000,
        0.1,
        0.03,
        Season.SUMMER_COOLING,
        "");
    b.add(
        ROOT + "/Logistics/Leased-Warehouses",
        "Leased-WH-Suzhou",
        "CN-JS",
        "s3.c8.electricity",
        "MWh",
        "",
        80_000,
        0.08,
        0.04,
        Season.PARCELS,
        "");
    // Category 14: franchises
    b.add(
        ROOT + "/Retail/Franchises",
        "Franchise-Stores",
        "CN",
        "s3.c14.electricity",
        "MWh",
        "",
        80_000,
        0.12,
        0.03,
        Season.RETAIL,
        "");
    b.add(
        ROOT + "/Retail/Franchises",
        "Franchise-Stores",
        "CN",
        "s3.c14.natural_gas",
        "m3",
        "",
        20_000,
        0.12,
        0.02,
        Season.WINTER_HEATING,
        "");
  }

  /** Collects streams. */
  private static final class Builder {
    final List<DemoStream> streams = new ArrayList<>();

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
