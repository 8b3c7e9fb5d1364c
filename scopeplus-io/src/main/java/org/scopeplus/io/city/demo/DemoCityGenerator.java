package org.scopeplus.io.city.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcEntry;
import org.scopeplus.core.city.GpcLine;
import org.scopeplus.core.city.GpcMapSectors;
import org.scopeplus.core.city.ets.AllocationMethod;
import org.scopeplus.core.city.ets.AllocationPlan;
import org.scopeplus.core.city.ets.EtsLedger;
import org.scopeplus.core.city.ets.EtsOutcome;
import org.scopeplus.core.city.ets.EtsRules;
import org.scopeplus.core.city.ets.JournalEntry;
import org.scopeplus.core.city.ets.Unit;
import org.scopeplus.core.city.ets.Verification;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.city.CitySheetReader;
import org.scopeplus.io.city.spatial.PointSource;
import org.scopeplus.io.table.TableReader;

/**
 * Generates the demo city from a seed and a day ({@code today}): the output is a pure function of
 * the two.
 *
 * <ul>
 *   <li>The inventory is the shipped GPC reporting sheet ({@code demo-city-gpc.csv}, complete at
 *       BASIC+ with every notation key), dated to the year before {@code today}.
 *   <li>The map's sector totals are its scope 1 (territorial) lines, grouped into map sectors by
 *       {@link GpcMapSectors}, the rule the service's map uses for any kept inventory, so they add
 *       up to the sheet's territorial total exactly. The territorial view is the one a map can
 *       show: emissions where they occur, the power plant's grid supply (I.4.4) and the waste
 *       treated in the city included.
 *   <li>Eleven districts tile a rectangle of 0.4 by 0.3 degrees in three rows; the edges between
 *       them are moved at random, so no two seeds give the same map. Population and GDP are drawn
 *       per district.
 *   <li>Daily proxies run from 1 January of the inventory year to the day before {@code today}: a
 *       season, a week, a slow decline and a bounded noise of ±3% per day, and one day, 20 days
 *       before {@code today}, on which industrial output is 60% above its trend, so one alert
 *       shows.
 *   <li>Three covered enterprises with allocation plans for the two years before {@code today}: for
 *       the earlier year, whose surrender deadline has passed, the power plant and the paper mill
 *       comply (with a transfer and CCER) and the cement works is short.
 * </ul>
 */
public final class DemoCityGenerator {

  /** The demo city's name, also the name of its tenant. */
  public static final String NAME = "Demo City";

  /** The slug of its public page. */
  public static final String SLUG = "demo-city";

  /** The seed {@code serve --demo} uses. */
  public static final long SEED = 18;

  /** The sheet the inventory comes from. */
  public static final String SHEET = "demo-city-gpc.csv";

  static final double WEST = 120.00;
  static final double EAST = 120.40;
  static final double SOUTH = 30.10;
  static final double NORTH = 30.40;

  /** District names by row (south to north) and column (west to east). */
  static final String[][] DISTRICTS = {
    {"Industrial Park", "South Bank", "Riverside", "Airport"},
    {"West Hills", "Old Town", "East Gate"},
    {"North Lake", "University", "Tech Valley", "Greenfield"}
  };

  /**
   * The districts' Chinese names, as {@link #DISTRICTS}: a district is named in both languages
   * ("Old Town 老城"), since its name is the city's data that neither page translates.
   */
  static final String[][] DISTRICTS_ZH = {
    {"工业园区", "南岸", "滨江", "空港"},
    {"西山", "老城", "东门"},
    {"北湖", "大学城", "科技谷", "绿野"}
  };

  /** A district's name in both languages, e.g. {@code Old Town 老城}. */
  public static String districtName(String english) {
    for (int r = 0; r < DISTRICTS.length; r++) {
      for (int c = 0; c < DISTRICTS[r].length; c++) {
        if (DISTRICTS[r][c].equals(english)) {
          return english + " " + DISTRICTS_ZH[r][c];
        }
      }
    }
    throw new IllegalArgumentException("no demo district " + english);
  }

  static final String POWER_PLANT = "DC-P01";
  static final String CEMENT_WORKS = "DC-C02";
  static final String PAPER_MILL = "DC-S03";

  private DemoCityGenerator() {}

  /** The demo city of {@code seed} as of {@code today}. */
  public static DemoCity generate(long seed, LocalDate today) {
    int year = today.getYear() - 1;
    SplittableRandom random = new SplittableRandom(seed);
    String sheet = sheet(year);
    CityInventory inventory = read(sheet);
    Map<String, Long> sectors = sectors(inventory);

    double[][] bounds = new double[11][]; // west, south, east, north per district
    String[] ids = new String[11];
    String[] names = new String[11];
    double[] rows = {
      SOUTH, round4(SOUTH + 0.1 + jitter(random, 0.02)), round4(SOUTH + 0.2 + jitter(random, 0.02))
    };
    int k = 0;
    for (int r = 0; r < DISTRICTS.length; r++) {
      double s = rows[r];
      double n = r + 1 < rows.length ? rows[r + 1] : NORTH;
      int columns = DISTRICTS[r].length;
      double width = (EAST - WEST) / columns;
      double w = WEST;
      for (int col = 0; col < columns; col++) {
        double e =
            col + 1 == columns
                ? EAST
                : round4(WEST + width * (col + 1) + jitter(random, width / 4));
        ids[k] = "D" + (k + 1);
        names[k] = DISTRICTS[r][col];
        bounds[k] = new double[] {w, s, e, n};
        w = e;
        k++;
      }
    }
    double[] population = new double[11];
    double[] gdp = new double[11];
    double totalPopulation = 0;
    double totalGdp = 0;
    StringBuilder geo = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    for (int i = 0; i < 11; i++) {
      double base =
          switch (names[i]) {
            case "Old Town" -> 620_000;
            case "Airport" -> 80_000;
            case "Industrial Park" -> 120_000;
            case "Greenfield" -> 90_000;
            default -> 300_000;
          };
      population[i] = Math.round(base * (0.85 + 0.3 * random.nextDouble()) / 1000) * 1000.0;
      double perCapita =
          names[i].equals("Industrial Park") || names[i].equals("Tech Valley")
              ? 250_000
              : 90_000 + 90_000 * random.nextDouble();
      gdp[i] = Math.round(population[i] * perCapita / 1e6) * 1e6;
      totalPopulation += population[i];
      totalGdp += gdp[i];
      double[] b = bounds[i];
      geo.append(i == 0 ? "" : ",")
          .append("{\"type\":\"Feature\",\"properties\":{\"id\":\"")
          .append(ids[i])
          .append("\",\"name\":\"")
          .append(districtName(names[i]))
          .append("\",\"population\":")
          .append(number(population[i]))
          .append(",\"gdp\":")
          .append(number(gdp[i]))
          .append("},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[")
          .append(position(b[0], b[1]))
          .append(',')
          .append(position(b[2], b[1]))
          .append(',')
          .append(position(b[2], b[3]))
          .append(',')
          .append(position(b[0], b[3]))
          .append(',')
          .append(position(b[0], b[1]))
          .append("]]}}");
    }
    geo.append("]}");

    long plant = grams(inventory, "I.4.4");
    long landfill = grams(inventory, "III.1.1");
    double[] industrial = centre(bounds[index(names, "Industrial Park")]);
    double[] greenfield = centre(bounds[index(names, "Greenfield")]);
    List<PointSource> points =
        List.of(
            new PointSource("Demo City Power Plant", industrial[0], industrial[1], "power", plant),
            new PointSource(
                "Greenfield Landfill", greenfield[0], greenfield[1], "waste", landfill));
    List<DemoCity.DistrictActivity> activity =
        List.of(
            new DemoCity.DistrictActivity(
                "Demo City Airport",
                ids[index(names, "Airport")],
                "aviation",
                sectors.get("aviation")));
    Map<String, String> weighting = new LinkedHashMap<>();
    weighting.put("residential", "population");
    weighting.put("ground_transport", "population");
    weighting.put("commercial", "gdp");

    DemoCity.Anomaly anomaly = new DemoCity.Anomaly(today.minusDays(20), "industry", 1.6);
    String proxies = proxies(random, LocalDate.of(year, 1, 1), today.minusDays(1), anomaly);

    List<DemoEtsStep> ets = ets(year, plant / 1_000_000);
    return new DemoCity(
        NAME,
        SLUG,
        year,
        sheet,
        geo.toString(),
        totalPopulation,
        totalGdp,
        sectors,
        weighting,
        points,
        activity,
        proxies,
        anomaly,
        ets);
  }

  /** The shipped reporting sheet with its year set to {@code year}. */
  public static String sheet(int year) {
    String text;
    try (InputStream in = DemoCityGenerator.class.getResourceAsStream(SHEET)) {
      if (in == null) {
        throw new IllegalStateException("the demo city's sheet " + SHEET + " is not shipped");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] lines = text.split("\n", 2);
    String row = lines[1];
    int first = row.indexOf(',');
    int second = row.indexOf(',', first + 1);
    return lines[0] + "\n" + row.substring(0, first + 1) + year + row.substring(second);
  }

  /** The map sector a scope 1 line of the GPC belongs to: {@link GpcMapSectors#mapSector}. */
  public static String mapSector(GpcLine line) {
    return GpcMapSectors.mapSector(line);
  }

  private static CityInventory read(String sheet) {
    try (TableReader t =
        TableReader.csv(SHEET, new ByteArrayInputStream(sheet.getBytes(StandardCharsets.UTF_8)))) {
      ReadResult<List<CityInventory>> r = new CitySheetReader().read(t);
      if (!r.ok()) {
        throw new IllegalStateException("the demo city's sheet has problems: " + r.problems());
      }
      return r.value().get(0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The scope 1 lines summed by map sector, grams; a sector of zero is left out. */
  private static Map<String, Long> sectors(CityInventory inventory) {
    GpcMapSectors m = GpcMapSectors.of(inventory);
    m.refusal()
        .ifPresent(
            r -> {
              throw new IllegalStateException("the demo city's sheet: " + r);
            });
    return new LinkedHashMap<>(m.sectors());
  }

  private static long grams(CityInventory inventory, String reference) {
    GpcEntry e = inventory.entries().get(reference);
    if (!(e instanceof GpcEntry.Estimated est)) {
      throw new IllegalStateException("the demo sheet has no value on " + reference);
    }
    return est.co2eGrams();
  }

  /**
   * One value a day per monitored sector: level x season x week x (1 - 2% a year) x (1 + u), u
   * drawn uniformly within ±1% (±2% for industry and traffic). Power and industry dip at the
   * weekend, traffic more so, flights rise; power peaks in summer and flights in winter. Heating
   * degree days peak in mid-January and pass through a weather cycle of 9⅓ days (±12%). The week
   * and the weather cycle repeat exactly within the 28 days of the alert rule, and the noise is
   * small beside them, so that only the anomaly departs from the trend by more than three standard
   * deviations.
   */
  private static String proxies(
      SplittableRandom random, LocalDate from, LocalDate to, DemoCity.Anomaly anomaly) {
    StringBuilder b = new StringBuilder("date,sector,value\n");
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      double t = (d.toEpochDay() - from.toEpochDay()) / 365.25;
      double angle = 2 * Math.PI * d.getDayOfYear() / 365.25;
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      double trend = 1 - 0.02 * t;
      double power =
          20_800 * (1 + 0.05 * Math.cos(angle - 2 * Math.PI * 200 / 365.25)) * (weekend ? 0.93 : 1);
      // an anomaly is 60% above a working day's output, whatever the day
      double industry =
          d.equals(anomaly.day()) ? 100 * anomaly.factor() : 100 * (weekend ? 0.9 : 1);
      double traffic = weekend ? 0.85 : 1.0;
      double heating =
          (14 + 8 * Math.cos(angle - 2 * Math.PI * 15 / 365.25))
              * (1 + 0.12 * Math.sin(2 * Math.PI * d.toEpochDay() * 3 / 28));
      double flights = 420 * (1 + 0.03 * Math.cos(angle - Math.PI)) * (weekend ? 1.06 : 1);
      line(b, d, "power", power * trend * (1 + jitter(random, 0.01)));
      line(b, d, "industry", industry * trend * (1 + jitter(random, 0.02)));
      line(b, d, "ground_transport", traffic * trend * (1 + jitter(random, 0.02)));
      line(b, d, "residential", heating * (1 + jitter(random, 0.01)));
      line(b, d, "aviation", flights * trend * (1 + jitter(random, 0.01)));
    }
    return b.toString();
  }

  /**
   * The registry: a coal power plant allocated by benchmark (the 2021 plan's 0.8218 tCO2/MWh with a
   * heat-supply correction), a cement works and a paper mill by historical intensity. For the
   * earlier year: pre-allocation, verification, true-up, CCER and a transfer to the plant, full
   * surrenders by the plant and the mill, and the cement works surrendering only what it holds
   * after the deadline has passed (a shortfall). For the inventory year: plans, pre-allocations and
   * the plant's and the works' verifications.
   */
  private static List<DemoEtsStep> ets(int year, long plantTonnes) {
    int earlier = year - 1;
    List<DemoEtsStep> steps = new ArrayList<>();
    Replay replay = new Replay(steps);
    replay.add(new DemoEtsStep.Open(POWER_PLANT, "Demo City Power Plant"));
    replay.add(new DemoEtsStep.Open(CEMENT_WORKS, "Demo City Cement Works"));
    replay.add(new DemoEtsStep.Open(PAPER_MILL, "Demo City Paper Mill"));
    AllocationMethod coal = new AllocationMethod.Benchmark(0.8218, Map.of("heat supply", 0.978));
    AllocationMethod cement = new AllocationMethod.HistoricalIntensity(0.86, 0.98);
    AllocationMethod paper = new AllocationMethod.HistoricalIntensity(0.62, 0.97);
    for (int y : new int[] {earlier, year}) {
      replay.add(new DemoEtsStep.Plan(new AllocationPlan(POWER_PLANT, y, coal, 7_700_000)));
      replay.add(new DemoEtsStep.Plan(new AllocationPlan(CEMENT_WORKS, y, cement, 1_450_000)));
      replay.add(new DemoEtsStep.Plan(new AllocationPlan(PAPER_MILL, y, paper, 400_000)));
      LocalDate pre = LocalDate.of(y, 3, 31);
      for (String e : List.of(POWER_PLANT, CEMENT_WORKS, PAPER_MILL)) {
        replay.entry("pre-allocation " + e + " " + y, (l, id) -> l.preAllocate(id, e, y, pre));
      }
    }
    replay.add(
        new DemoEtsStep.Verify(new Verification(POWER_PLANT, earlier, 6_380_000, 7_760_000)));
    replay.add(
        new DemoEtsStep.Verify(new Verification(CEMENT_WORKS, earlier, 1_310_000, 1_480_000)));
    replay.add(new DemoEtsStep.Verify(new Verification(PAPER_MILL, earlier, 231_000, 420_000)));
    LocalDate trueUp = LocalDate.of(year, 6, 30);
    for (String e : List.of(POWER_PLANT, CEMENT_WORKS, PAPER_MILL)) {
      replay.entry("true-up " + e + " " + earlier, (l, id) -> l.trueUp(id, e, earlier, trueUp));
    }
    long ccer = Math.min(300_000, (long) Math.floor(6_380_000 * EtsRules.national().offsetShare()));
    replay.entry(
        "CCER to " + POWER_PLANT,
        (l, id) ->
            l.issueOffsets(
                id,
                POWER_PLANT,
                earlier,
                ccer,
                LocalDate.of(year, 8, 1),
                "CCER from a forestry project"));
    replay.entry(
        "transfer " + PAPER_MILL + " to " + POWER_PLANT,
        (l, id) ->
            l.transfer(
                id,
                PAPER_MILL,
                POWER_PLANT,
                Unit.ALLOWANCE,
                earlier,
                20_000,
                LocalDate.of(year, 9, 15)));
    replay.entry(
        "surrender " + POWER_PLANT,
        (l, id) ->
            l.surrender(
                id, POWER_PLANT, earlier, 6_380_000 - ccer, ccer, LocalDate.of(year, 11, 20)));
    replay.entry(
        "surrender " + PAPER_MILL,
        (l, id) -> l.surrender(id, PAPER_MILL, earlier, 231_000, 0, LocalDate.of(year, 11, 25)));
    long cementHolds =
        replay.ledger.holdings(CEMENT_WORKS, Unit.ALLOWANCE).getOrDefault(earlier, 0L);
    replay.entry(
        "surrender " + CEMENT_WORKS,
        (l, id) ->
            l.surrender(id, CEMENT_WORKS, earlier, cementHolds, 0, LocalDate.of(year, 12, 20)));
    replay.add(new DemoEtsStep.Verify(new Verification(POWER_PLANT, year, plantTonnes, 7_850_000)));
    replay.add(new DemoEtsStep.Verify(new Verification(CEMENT_WORKS, year, 1_265_000, 1_440_000)));
    return steps;
  }

  /** Applies each step to a ledger as it is added, so that a step the ledger refuses fails here. */
  private static final class Replay {
    private final List<DemoEtsStep> steps;
    private EtsLedger ledger = EtsLedger.empty(EtsRules.national());

    Replay(List<DemoEtsStep> steps) {
      this.steps = steps;
    }

    void entry(String what, BiFunction<EtsLedger, String, EtsOutcome<JournalEntry>> decide) {
      add(new DemoEtsStep.Entry(what, decide));
    }

    void add(DemoEtsStep step) {
      EtsOutcome<?> o = apply(ledger, step, "demo-" + steps.size());
      if (o instanceof EtsOutcome.Refused<?> r) {
        throw new IllegalStateException("the demo registry refused " + step + ": " + r.reason());
      }
      ledger = ((EtsOutcome.Done<?>) o).ledger();
      steps.add(step);
    }
  }

  /** The ledger's outcome of {@code step}; {@code entryId} names a journal entry. */
  public static EtsOutcome<?> apply(EtsLedger ledger, DemoEtsStep step, String entryId) {
    if (step instanceof DemoEtsStep.Open o) {
      return ledger.open(org.scopeplus.core.city.ets.EtsAccount.enterprise(o.id(), o.name()));
    }
    if (step instanceof DemoEtsStep.Plan p) {
      return ledger.plan(p.plan());
    }
    if (step instanceof DemoEtsStep.Verify v) {
      return ledger.verify(v.verification());
    }
    return ((DemoEtsStep.Entry) step).decide().apply(ledger, entryId);
  }

  private static void line(StringBuilder b, LocalDate d, String sector, double value) {
    b.append(d).append(',').append(sector).append(',');
    b.append(String.format(Locale.ROOT, "%.3f", value)).append('\n');
  }

  private static double jitter(SplittableRandom random, double most) {
    return (random.nextDouble() * 2 - 1) * most;
  }

  private static double round4(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  private static String position(double lon, double lat) {
    return "[" + number(lon) + "," + number(lat) + "]";
  }

  private static String number(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static double[] centre(double[] b) {
    return new double[] {round4((b[0] + b[2]) / 2), round4((b[1] + b[3]) / 2)};
  }

  private static int index(String[] names, String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }
}
