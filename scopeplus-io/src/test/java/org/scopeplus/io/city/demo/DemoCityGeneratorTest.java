package org.scopeplus.io.city.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcCompleteness;
import org.scopeplus.core.city.GpcEntry;
import org.scopeplus.core.city.GpcFramework;
import org.scopeplus.core.city.GpcLevel;
import org.scopeplus.core.city.GpcLine;
import org.scopeplus.core.city.GpcSector;
import org.scopeplus.core.city.GpcTotals;
import org.scopeplus.core.city.NotationKey;
import org.scopeplus.core.city.ets.Compliance;
import org.scopeplus.core.city.ets.EtsLedger;
import org.scopeplus.core.city.ets.EtsOutcome;
import org.scopeplus.core.city.ets.EtsRules;
import org.scopeplus.core.city.ets.Unit;
import org.scopeplus.core.city.monitor.DailyOutcome;
import org.scopeplus.core.city.monitor.DailyProxy;
import org.scopeplus.core.city.monitor.EstimatingDailyEmissions;
import org.scopeplus.core.city.monitor.MonitoredSector;
import org.scopeplus.core.city.monitor.TrendAlert;
import org.scopeplus.core.city.monitor.YearToDate;
import org.scopeplus.core.city.spatial.AllocationOutcome;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.city.CitySheetReader;
import org.scopeplus.io.city.monitor.ProxiesRead;
import org.scopeplus.io.city.monitor.ProxyFile;
import org.scopeplus.io.city.spatial.CityMap;
import org.scopeplus.io.city.spatial.District;
import org.scopeplus.io.city.spatial.DistrictFile;
import org.scopeplus.io.city.spatial.DistrictsRead;
import org.scopeplus.io.city.spatial.Weighting;
import org.scopeplus.io.table.TableReader;

class DemoCityGeneratorTest {

  static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
  static final DemoCity CITY = DemoCityGenerator.generate(DemoCityGenerator.SEED, TODAY);

  static CityInventory sheet(String csv) throws IOException {
    try (TableReader t =
        TableReader.csv(
            "demo-city-gpc.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      ReadResult<List<CityInventory>> r = new CitySheetReader().read(t);
      assertThat(r.problems()).isEmpty();
      assertThat(r.value()).hasSize(1);
      return r.value().get(0);
    }
  }

  @Test
  void theSheetIsReadWholeCompleteAtBasicPlusAndUsesEveryNotationKey() throws IOException {
    CityInventory inv = sheet(CITY.gpcSheet());
    assertThat(inv.city()).isEqualTo("Demo City");
    assertThat(inv.year()).isEqualTo(2025);
    assertThat(inv.entries()).hasSize(GpcFramework.lines().size());
    assertThat(GpcCompleteness.of(inv, GpcLevel.BASIC).missing()).isEmpty();
    assertThat(GpcCompleteness.of(inv, GpcLevel.BASIC_PLUS).missing()).isEmpty();
    assertThat(
            inv.entries().values().stream()
                .filter(e -> e instanceof GpcEntry.Keyed)
                .map(e -> ((GpcEntry.Keyed) e).key())
                .distinct())
        .containsExactlyInAnyOrder(NotationKey.values());
  }

  @Test
  void theMapSectorsAddUpToTheSheetsTerritorialTotal() throws IOException {
    GpcTotals t = GpcTotals.of(sheet(CITY.gpcSheet()));
    // by hand from demo-city-gpc.csv, the scope 1 lines in tonnes:
    // I.1.1 1,240,000 + I.2.1 860,000 + I.3.1 3,920,000 + I.4.1 210,000 + I.4.4 6,450,000
    // + I.5.1 72,000 + I.8.1 14,500 + II.1.1 3,460,000 + II.2.1 18,000 + II.4.1 165,000
    // + II.5.1 210,000 + III.1.1 540,000 + III.1.3 61,000 + III.2.1 38,000 + III.3.1 112,000
    // + III.4.1 205,000 + IV.1 1,380,000 + IV.2 164,000 + V.1 48,000 + V.2 -31,000 + V.3 22,000
    // = 19,158,500 t
    assertThat(t.territorial()).isEqualTo(19_158_500_000_000L);
    long sum = CITY.sectors().values().stream().reduce(0L, Math::addExact);
    assertThat(sum).isEqualTo(t.territorial());
    // power = I.4.1 + I.4.4; waste = III.1.1 + III.1.3 + III.2.1 + III.3.1 + III.4.1
    assertThat(CITY.sectors()).containsEntry("power", 6_660_000_000_000L);
    assertThat(CITY.sectors()).containsEntry("waste", 956_000_000_000L);
    assertThat(CITY.sectors().get("waste")).isEqualTo(t.sectors().get(GpcSector.WASTE).scope1());
    assertThat(CITY.sectors().get("ippu")).isEqualTo(t.sectors().get(GpcSector.IPPU).scope1());
    // the point sources are the sheet's lines: the plant I.4.4, the landfill III.1.1
    assertThat(CITY.points().get(0).grams()).isEqualTo(6_450_000_000_000L);
    assertThat(CITY.points().get(1).grams()).isEqualTo(540_000_000_000L);
  }

  @Test
  void everyScopeOneLineHasAMapSector() {
    for (GpcLine line : GpcFramework.lines()) {
      if (line.scope() == 1) {
        assertThat(DemoCityGenerator.mapSector(line)).as(line.reference()).isNotBlank();
      }
    }
  }

  @Test
  void theDistrictsPassTheUploadChecksAndTileTheCityBox() {
    DistrictsRead r =
        DistrictFile.read(
            "districts.json", CITY.districtsGeoJson().getBytes(StandardCharsets.UTF_8));
    assertThat(r).isInstanceOf(DistrictsRead.Read.class);
    List<District> ds = ((DistrictsRead.Read) r).districts();
    assertThat(ds).hasSize(11);
    double area = ds.stream().mapToDouble(d -> d.boundary().getArea()).sum();
    // 0.4 x 0.3 degrees, tiled without gap (the upload refuses overlaps)
    assertThat(area).isCloseTo(0.12, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(ds.stream().mapToDouble(District::population).sum()).isEqualTo(CITY.population());
    assertThat(ds.stream().mapToDouble(District::gdp).sum()).isEqualTo(CITY.gdp());
  }

  @Test
  void theDistrictsAndTheGridAddUpExactlyToTheCityTotal() {
    List<District> ds =
        ((DistrictsRead.Read)
                DistrictFile.read(
                    "districts.json", CITY.districtsGeoJson().getBytes(StandardCharsets.UTF_8)))
            .districts();
    CityMap map = new CityMap(ds);
    Map<String, Map<String, Long>> activity = new HashMap<>();
    for (DemoCity.DistrictActivity a : CITY.districtActivity()) {
      activity.computeIfAbsent(a.district(), k -> new HashMap<>()).put(a.sector(), a.grams());
    }
    Map<String, Weighting> weighting = new HashMap<>();
    CITY.weighting().forEach((s, w) -> weighting.put(s, Weighting.parse(w).orElseThrow()));
    AllocationOutcome o = map.toDistricts(CITY.sectors(), CITY.points(), activity, weighting);
    assertThat(o).isInstanceOf(AllocationOutcome.Allocated.class);
    var a = ((AllocationOutcome.Allocated) o).allocation();
    long city = CITY.sectors().values().stream().reduce(0L, Math::addExact);
    assertThat(a.total()).isEqualTo(city);
    for (var s : CITY.sectors().entrySet()) {
      assertThat(a.sectorTotal(s.getKey())).as(s.getKey()).isEqualTo(s.getValue());
    }
    // the plant's district holds at least the plant
    String plant = map.districtAt(CITY.points().get(0).lon(), CITY.points().get(0).lat());
    assertThat(a.grams().get(plant).get("power")).isGreaterThanOrEqualTo(6_450_000_000_000L);
    var cells =
        map.toCells(
            a,
            CITY.points(),
            org.scopeplus.io.city.spatial.CityGrid.over(map.box(), 2000, map.projection()));
    assertThat(((AllocationOutcome.Allocated) cells).allocation().total()).isEqualTo(city);
  }

  @Test
  void onOtherDaysTooTheAnomalyIsTheOnlyAlert() {
    for (LocalDate day :
        List.of(
            LocalDate.of(2026, 1, 20),
            LocalDate.of(2027, 3, 1),
            LocalDate.of(2028, 7, 15),
            LocalDate.of(2029, 10, 31))) {
      DemoCity c = DemoCityGenerator.generate(DemoCityGenerator.SEED, day);
      List<TrendAlert> alerts =
          EstimatingDailyEmissions.alerts(
              estimates(c),
              EstimatingDailyEmissions.ALERT_WINDOW,
              EstimatingDailyEmissions.ALERT_THRESHOLD);
      assertThat(alerts).as(day + ": " + alerts).hasSize(1);
      assertThat(alerts.get(0).day()).isEqualTo(day.minusDays(20));
    }
  }

  static List<org.scopeplus.core.city.monitor.DailyEstimate> estimates(DemoCity c) {
    ProxiesRead r = ProxyFile.read("proxies.csv", new StringReader(c.proxiesCsv()));
    assertThat(r).isInstanceOf(ProxiesRead.Read.class);
    Map<MonitoredSector, Long> annual = new EnumMap<>(MonitoredSector.class);
    for (MonitoredSector s : MonitoredSector.values()) {
      annual.put(s, c.sectors().get(s.code()));
    }
    DailyOutcome o =
        EstimatingDailyEmissions.estimate(
            c.inventoryYear(), annual, ((ProxiesRead.Read) r).proxies());
    assertThat(o).isInstanceOf(DailyOutcome.Estimated.class);
    return ((DailyOutcome.Estimated) o).days();
  }

  @Test
  void theProxiesGiveDailyEstimatesWithOneAlertOnTheAnomaly() {
    ProxiesRead r = ProxyFile.read("proxies.csv", new StringReader(CITY.proxiesCsv()));
    assertThat(r).isInstanceOf(ProxiesRead.Read.class);
    List<DailyProxy> proxies = ((ProxiesRead.Read) r).proxies();
    // 1 January 2025 to 3 December 2026: 365 + 337 days, five sectors
    assertThat(proxies).hasSize((365 + 337) * 5);
    Map<MonitoredSector, Long> annual = new EnumMap<>(MonitoredSector.class);
    for (MonitoredSector s : MonitoredSector.values()) {
      annual.put(s, CITY.sectors().get(s.code()));
    }
    DailyOutcome o = EstimatingDailyEmissions.estimate(CITY.inventoryYear(), annual, proxies);
    assertThat(o).isInstanceOf(DailyOutcome.Estimated.class);
    var days = ((DailyOutcome.Estimated) o).days();
    List<TrendAlert> alerts =
        EstimatingDailyEmissions.alerts(
            days, EstimatingDailyEmissions.ALERT_WINDOW, EstimatingDailyEmissions.ALERT_THRESHOLD);
    assertThat(alerts).as(alerts.toString()).hasSize(1);
    assertThat(alerts.get(0).day()).isEqualTo(LocalDate.of(2026, 11, 14));
    assertThat(alerts.get(0).sector()).isEqualTo(MonitoredSector.INDUSTRY);
    assertThat(CITY.anomaly().day()).isEqualTo(alerts.get(0).day());
    // the decline of 2% a year shows in the year to date
    YearToDate ytd = EstimatingDailyEmissions.yearToDate(days, TODAY.minusDays(1));
    assertThat(ytd.change()).isBetween(-0.05, 0.0);
  }

  @Test
  void theRegistryHasOneCompliantAndOneShortEnterpriseAfterTheDeadline() {
    EtsLedger l = EtsLedger.empty(EtsRules.national());
    int i = 0;
    for (DemoEtsStep step : CITY.ets()) {
      EtsOutcome<?> o = DemoCityGenerator.apply(l, step, "e" + i++);
      assertThat(o).as(step.toString()).isInstanceOf(EtsOutcome.Done.class);
      l = ((EtsOutcome.Done<?>) o).ledger();
      // no allowance created or lost: held by the enterprises = issued - cancelled
      for (Unit u : Unit.values()) {
        assertThat(l.held(u)).isEqualTo(l.issued(u) - l.cancelled(u));
      }
    }
    assertThat(l.compliance("DC-P01", 2024, TODAY)).isInstanceOf(Compliance.Compliant.class);
    assertThat(l.compliance("DC-S03", 2024, TODAY)).isInstanceOf(Compliance.Compliant.class);
    Compliance cement = l.compliance("DC-C02", 2024, TODAY);
    assertThat(cement).isInstanceOf(Compliance.Shortfall.class);
    // verified 1,310,000 t; allocation on the verified output 1,480,000 t x 0.86 x 0.98
    // = 1,247,344 t, all surrendered: 62,656 t short
    assertThat(((Compliance.Shortfall) cement).shortfallTonnes()).isEqualTo(62_656);
    assertThat(l.compliance("DC-P01", 2025, TODAY)).isInstanceOf(Compliance.Due.class);
    assertThat(l.compliance("DC-S03", 2025, TODAY)).isInstanceOf(Compliance.NotVerified.class);
  }

  @Test
  void theSameSeedAndDayGiveTheSameCityAndAnotherSeedAnotherMap() {
    DemoCity again = DemoCityGenerator.generate(DemoCityGenerator.SEED, TODAY);
    assertThat(again.districtsGeoJson()).isEqualTo(CITY.districtsGeoJson());
    assertThat(again.proxiesCsv()).isEqualTo(CITY.proxiesCsv());
    assertThat(again.gpcSheet()).isEqualTo(CITY.gpcSheet());
    assertThat(again.sectors()).isEqualTo(CITY.sectors());
    assertThat(again.points()).isEqualTo(CITY.points());
    assertThat(again.population()).isEqualTo(CITY.population());
    DemoCity other = DemoCityGenerator.generate(DemoCityGenerator.SEED + 1, TODAY);
    assertThat(other.districtsGeoJson()).isNotEqualTo(CITY.districtsGeoJson());
    assertThat(other.sectors()).isEqualTo(CITY.sectors());
  }
}
