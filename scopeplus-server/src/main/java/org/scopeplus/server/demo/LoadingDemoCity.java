package org.scopeplus.server.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.ets.EtsOutcome;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.city.CitySheetReader;
import org.scopeplus.io.city.demo.DemoCity;
import org.scopeplus.io.city.demo.DemoCityGenerator;
import org.scopeplus.io.city.demo.DemoEtsStep;
import org.scopeplus.io.city.monitor.ProxiesRead;
import org.scopeplus.io.city.monitor.ProxyFile;
import org.scopeplus.io.city.spatial.DistrictFile;
import org.scopeplus.io.city.spatial.DistrictsRead;
import org.scopeplus.io.city.spatial.PointSource;
import org.scopeplus.io.city.spatial.Weighting;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.store.Database;
import org.scopeplus.store.city.ets.KeepingEtsRegistry;
import org.scopeplus.store.city.inventory.KeepingCityInventories;
import org.scopeplus.store.city.monitor.ProxyStore;
import org.scopeplus.store.city.publication.CityPublication;
import org.scopeplus.store.city.publication.PublicationStore;
import org.scopeplus.store.city.spatial.CityMapStore;
import org.scopeplus.store.city.spatial.LocatedEmission;
import org.scopeplus.store.city.spatial.SectorTotal;
import org.scopeplus.store.city.spatial.StoredDistrict;
import org.scopeplus.store.tenant.TenantStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads the demo city on first start when asked ({@code scopeplus serve --demo}), as the tenant
 * {@value DemoCityGenerator#NAME}: its districts, sector totals and located emissions, daily
 * proxies, emissions-trading registry and published public page, all through the readers and stores
 * the API uses, in one transaction. Like the demo company it has no user (there is no default
 * password): add one with {@code scopeplus user add --tenant "Demo City"}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before a first admin from the environment makes the tenant
public class LoadingDemoCity implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(LoadingDemoCity.class);
  private static final String ACTOR = "demo";

  private final Database database;
  private final boolean demo;

  public LoadingDemoCity(Database database, @Value("${scopeplus.demo:false}") boolean demo) {
    this.database = database;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (demo) {
      load(LocalDate.now(ZoneOffset.UTC));
    }
  }

  /** Loads the demo city as of {@code today}, unless its tenant exists. */
  public void load(LocalDate today) {
    if (database
        .inTransaction(c -> new TenantStore().byName(c, DemoCityGenerator.NAME))
        .isPresent()) {
      return;
    }
    DemoCity city = DemoCityGenerator.generate(DemoCityGenerator.SEED, today);
    database.inTransaction(
        c -> {
          String tenant = new TenantStore().create(c, city.name(), ACTOR).id();
          districts(c, tenant, city);
          emissions(c, tenant, city);
          proxies(c, tenant, city);
          loadInventory(c, tenant, city);
          registry(c, tenant, city);
          publish(c, tenant, city);
          return null;
        });
    LOG.info(
        "demo city {} loaded (inventory {}, public page /public/city/{}); add a user with:"
            + " scopeplus user add --tenant \"{}\" --username NAME",
        city.name(),
        city.inventoryYear(),
        city.slug(),
        city.name());
  }

  /**
   * Keeps the city's GPC reporting sheet for the inventory year ({@code city.gpcSheet()}, the sheet
   * whose territorial total the sector totals add up to) as the inventory of {@code
   * /api/v1/city/inventories}, read by the same reader and kept by the same store as an upload.
   */
  void loadInventory(Connection c, String tenantId, DemoCity city) throws SQLException {
    ReadResult<List<CityInventory>> r;
    try (TableReader t =
        TableReader.csv(
            DemoCityGenerator.SHEET,
            new ByteArrayInputStream(city.gpcSheet().getBytes(StandardCharsets.UTF_8)))) {
      r = new CitySheetReader().read(t);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!r.ok()) {
      throw new IllegalStateException("the demo city's sheet was refused: " + r.problems());
    }
    new KeepingCityInventories().put(c, tenantId, r.value(), DemoCityGenerator.SHEET, ACTOR);
  }

  private static void districts(Connection c, String tenant, DemoCity city) throws SQLException {
    DistrictsRead r =
        DistrictFile.read(
            "demo-city-districts.geojson",
            city.districtsGeoJson().getBytes(StandardCharsets.UTF_8));
    if (r instanceof DistrictsRead.Refused x) {
      throw new IllegalStateException("the demo city's districts were refused: " + x.problems());
    }
    List<StoredDistrict> ds = new ArrayList<>();
    for (var d : ((DistrictsRead.Read) r).districts()) {
      ds.add(new StoredDistrict(d.id(), d.name(), d.population(), d.gdp(), d.geometryJson()));
    }
    new CityMapStore().replaceDistricts(c, tenant, ds, ACTOR);
  }

  private static void emissions(Connection c, String tenant, DemoCity city) throws SQLException {
    List<SectorTotal> totals = new ArrayList<>();
    for (Map.Entry<String, Long> s : city.sectors().entrySet()) {
      String w = city.weighting().get(s.getKey());
      Weighting weighting = w == null ? Weighting.AREA : Weighting.parse(w).orElseThrow();
      totals.add(new SectorTotal(s.getKey(), city.inventoryYear(), s.getValue(), weighting.name()));
    }
    List<LocatedEmission> located = new ArrayList<>();
    for (PointSource p : city.points()) {
      located.add(new LocatedEmission(p.name(), null, p.lon(), p.lat(), p.sector(), p.grams()));
    }
    for (DemoCity.DistrictActivity a : city.districtActivity()) {
      located.add(new LocatedEmission(a.name(), a.district(), null, null, a.sector(), a.grams()));
    }
    new CityMapStore().replaceEmissions(c, tenant, totals, located, ACTOR);
  }

  private static void proxies(Connection c, String tenant, DemoCity city) throws SQLException {
    ProxiesRead r = ProxyFile.read("demo-city-proxies.csv", new StringReader(city.proxiesCsv()));
    if (r instanceof ProxiesRead.Refused x) {
      throw new IllegalStateException("the demo city's proxies were refused: " + x.problems());
    }
    new ProxyStore().put(c, tenant, ((ProxiesRead.Read) r).proxies(), ACTOR);
  }

  private static void registry(Connection c, String tenant, DemoCity city) throws SQLException {
    KeepingEtsRegistry registry = new KeepingEtsRegistry();
    for (DemoEtsStep step : city.ets()) {
      EtsOutcome<?> o;
      if (step instanceof DemoEtsStep.Open open) {
        o = registry.open(c, tenant, open.id(), open.name(), ACTOR);
      } else if (step instanceof DemoEtsStep.Plan plan) {
        o = registry.plan(c, tenant, plan.plan(), ACTOR);
      } else if (step instanceof DemoEtsStep.Verify verify) {
        o = registry.verify(c, tenant, verify.verification(), ACTOR);
      } else {
        o = registry.entry(c, tenant, ACTOR, ((DemoEtsStep.Entry) step).decide());
      }
      if (o instanceof EtsOutcome.Refused<?> refused) {
        throw new IllegalStateException(
            "the demo city's registry refused " + step + ": " + refused.reason());
      }
    }
  }

  private static void publish(Connection c, String tenant, DemoCity city) throws SQLException {
    CityPublication p =
        new CityPublication(
            tenant, city.slug(), city.name(), true, "CC-BY-4.0", city.population(), city.gdp());
    if (!new PublicationStore().put(c, p, ACTOR)) {
      throw new IllegalStateException(
          "the demo city's public page slug '" + city.slug() + "' is taken by another city");
    }
  }
}
