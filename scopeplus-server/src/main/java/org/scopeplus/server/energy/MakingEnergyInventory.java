package org.scopeplus.server.energy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.scopeplus.core.calculation.Grams;
import org.scopeplus.core.energy.EnergySite;
import org.scopeplus.core.energy.GridFactor;
import org.scopeplus.core.energy.IntervalReadings;
import org.scopeplus.core.energy.Meter;
import org.scopeplus.core.energy.PvArray;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.text.Sentence;
import org.scopeplus.energy.carbon.ActivityFile;
import org.scopeplus.energy.carbon.EnergyActivity;
import org.scopeplus.energy.load.HourlySeries;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.disclosure.EnergyCertificate;
import org.scopeplus.io.disclosure.EnergyCertificatePdfWriter;
import org.scopeplus.io.disclosure.ReportLanguage;
import org.scopeplus.io.disclosure.ReportRefused;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.LockedPeriods;
import org.scopeplus.server.api.RunController;
import org.scopeplus.server.api.UploadFolder;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.activity.ActivityImport;
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.activity.ImportStore;
import org.scopeplus.store.activity.ImportingActivities;
import org.scopeplus.store.disclosure.PeriodReviewStore;
import org.scopeplus.store.energy.EnergyInventory;
import org.scopeplus.store.energy.EnergyInventoryStore;
import org.scopeplus.store.energy.Kept;
import org.scopeplus.store.energy.MeterDayStore;
import org.scopeplus.store.energy.MeterStore;
import org.scopeplus.store.energy.PvSystemStore;
import org.scopeplus.store.energy.SiteStore;
import org.scopeplus.store.instrument.KeepingInstruments;
import org.scopeplus.store.org.ReportingPeriod;
import org.scopeplus.store.run.CalculatingRun;
import org.scopeplus.store.run.CalculationRun;
import org.scopeplus.store.run.RunOutcome;
import org.scopeplus.store.run.RunRequest;
import org.scopeplus.store.run.RunStore;
import org.scopeplus.store.run.TraceLine;
import org.scopeplus.store.tenant.TenantStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Making an SME's Scope 1 and 2 inventory from its stored meter readings, and its one-page
 * low-carbon certificate; the API ({@code EnergyInventoryController}) and the console's energy page
 * call it, and every refusal is an {@link ApiProblem}. The readings become monthly activity records
 * by {@link EnergyActivity} (as {@code scopeplus energy inventory} makes them), imported into the
 * year's period {@code Energy YYYY} (replacing the year's earlier energy import) and calculated as
 * a normal run: its hash, trace and audit entry are those of any run. All in one transaction: a
 * refused run stores nothing.
 *
 * <p>Per site and UTC hour: electricity import meters give the grid purchase, export meters the
 * electricity fed into the grid, and an electricity meter named as one of the site's PV systems
 * that system's generation; consumption = import + generation - export. Gas meters (kWh) give Scope
 * 1 natural gas (kWh GCV); heat import meters (kWh) Scope 2 purchased heat ({@code s2.heat}). The
 * market-based method applies the tenant's instrument registry.
 */
@Component
public class MakingEnergyInventory {

  /** The sites one inventory covers at most. */
  static final int MAX_SITES = 200;

  /** An activity record the inventory made. */
  public record RecordMade(
      String recordId, String site, String month, String activityType, double quantity, String unit)
      implements java.io.Serializable {}

  /** The inventory made: its run, grams CO2e by scope and method, the energy and the records. */
  public record InventoryMade(
      String runId,
      String periodId,
      int year,
      String region,
      String resultSha256,
      long scope1,
      long scope2Location,
      long scope2Market,
      long totalLocation,
      long totalMarket,
      double consumptionKwh,
      double pvSelfConsumedKwh,
      double pvExportedKwh,
      double purchasedKwh,
      double gasKwh,
      double heatKwh,
      double renewableInstrumentKwh,
      List<RecordMade> records)
      implements java.io.Serializable {}

  private final Database db;
  private final UploadFolder uploads;
  private final ImportingActivities importing;
  private final CalculatingRun calculating;
  private final Clock clock;
  private final MeterAnalysis analysis;
  private final SiteStore sites = new SiteStore();
  private final MeterStore meters = new MeterStore();
  private final PvSystemStore pvs = new PvSystemStore();
  private final MeterDayStore days = new MeterDayStore();
  private final ImportStore imports = new ImportStore();
  private final EnergyInventoryStore inventories = new EnergyInventoryStore();
  private final PeriodReviewStore reviews = new PeriodReviewStore();
  private final RunStore runs = new RunStore();
  private final TenantStore tenants = new TenantStore();
  private final KeepingInstruments instruments = new KeepingInstruments();

  MakingEnergyInventory(
      Database db, UploadFolder uploads, ReferenceData reference, MeterAnalysis analysis) {
    this.db = db;
    this.analysis = analysis;
    this.uploads = uploads;
    this.importing = new ImportingActivities(reference);
    this.calculating = new CalculatingRun(reference);
    this.clock = Clock.systemUTC();
  }

  /**
   * Makes the inventory of {@code year} with the factors of {@code region} (parsed by {@link #year}
   * and {@link #region}), refused with an {@link ApiProblem}.
   */
  public InventoryMade make(Caller caller, int y, String r) {
    if (!caller.writes()) {
      throw ApiProblem.forbidden(
          "a " + caller.role().label() + " reads but does not make inventories");
    }
    Path file = null;
    try {
      file = uploads.newFile();
      Path activity = file;
      InventoryMade made =
          db.inTransaction(
              c -> make(c, caller, y, r, activity), m -> m != null && m.runId() != null);
      return made;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the inventory's activity file", e);
    } finally {
      uploads.delete(file);
    }
  }

  private InventoryMade make(Connection c, Caller caller, int year, String region, Path file)
      throws SQLException {
    List<Kept<EnergySite>> all = sites.list(c, caller.tenantId());
    if (all.isEmpty()) {
      throw ApiProblem.refused("Inventory Refused", "the tenant has no site; add one first")
          .saying(Sentence.of("refusal.inventory.noSite"));
    }
    if (all.size() > MAX_SITES) {
      throw ApiProblem.refused(
              "Inventory Refused",
              "an inventory covers at most " + MAX_SITES + " sites; the tenant has " + all.size())
          .saying(
              Sentence.of(
                  "refusal.inventory.sites",
                  Integer.toString(MAX_SITES),
                  Integer.toString(all.size())));
    }
    for (Kept<EnergySite> k : all) {
      if (!caller.mayWriteIn(k.value().orgUnit())) {
        throw ApiProblem.forbidden(
            "site "
                + k.value().name()
                + " lies in org unit "
                + k.value().orgUnit()
                + ", outside the org units you may write in; an admin makes this inventory");
      }
    }
    List<EnergyActivity.Row> rows = new ArrayList<>();
    Map<String, EnergySite> siteOf = new LinkedHashMap<>();
    double[] sums = new double[6];
    List<String> names = new ArrayList<>();
    for (Kept<EnergySite> k : all) {
      EnergySite site = k.value();
      SiteEnergy e = siteEnergy(c, caller.tenantId(), site, year);
      if (e.months().isEmpty() && e.heat().isEmpty()) {
        continue;
      }
      names.add(site.name());
      for (EnergyActivity.Month m : e.months()) {
        sums[0] += m.consumptionKwh();
        sums[1] += m.pvSelfConsumedKwh();
        sums[3] += m.gridKwh();
        sums[4] += m.gasM3();
      }
      sums[2] += e.exportedKwh();
      for (EnergyActivity.Row row : EnergyActivity.rows(site.id(), e.months(), List.of())) {
        // gas meters read kWh as the gas is billed, on its gross calorific value: the record says
        // so, and the engine converts it to the factor's basis (NCV/GCV of the fuel)
        rows.add(
            row.activityType().equals(EnergyActivity.NATURAL_GAS)
                ? new EnergyActivity.Row(
                    row.recordId(),
                    row.month(),
                    row.activityType(),
                    row.quantity(),
                    "kWh GCV",
                    row.instrument())
                : row);
        siteOf.put(row.recordId(), site);
      }
      for (EnergyActivity.Row row : e.heat()) {
        rows.add(row);
        siteOf.put(row.recordId(), site);
        sums[5] += row.quantity();
      }
    }
    if (rows.isEmpty()) {
      throw ApiProblem.refused(
              "Inventory Refused",
              "no electricity, gas or heat meter of the tenant has readings in "
                  + year
                  + "; nothing stored")
          .saying(Sentence.of("refusal.inventory.noReadings", Integer.toString(year)));
    }
    ReportingPeriod period = inventories.period(c, caller.tenantId(), year, caller.username());
    LockedPeriods.refuseIfLocked(reviews.find(c, caller.tenantId(), period.id()), period.name());
    List<ActivityImport> active = imports.active(c, caller.tenantId(), period.id());
    String replaces = active.isEmpty() ? null : active.get(active.size() - 1).id();
    writeActivity(file, rows, siteOf, region, "");
    ImportOutcome imported = importFile(c, caller, period, year, file, replaces);
    if (imported instanceof ImportOutcome.AlreadyStored a
        && !a.existing().status().equals(ActivityImport.ACTIVE)) {
      // the same records as an earlier, superseded import: stored again under a note of its own
      writeActivity(file, rows, siteOf, region, " (again " + Instant.now(clock) + ")");
      imported = importFile(c, caller, period, year, file, replaces);
    }
    if (imported instanceof ImportOutcome.Rejected rj) {
      throw ApiProblem.withProblems(
              HttpStatus.UNPROCESSABLE_CONTENT,
              "Inventory Refused",
              "the activity records made from the meters were refused; nothing was stored",
              rj.problems(),
              rj.problemCount())
          .saying(Sentence.of("refusal.inventory.recordsRefused"));
    }
    if (imported instanceof ImportOutcome.OutsideUnits) {
      throw ApiProblem.forbidden(
          "the year's earlier energy inventory holds org units outside yours; an admin makes this"
              + " one");
    }
    if (imported instanceof ImportOutcome.NotFound nf) {
      throw ApiProblem.notFound(nf.what());
    }
    RunOutcome outcome =
        calculating.run(
            c,
            caller.tenantId(),
            new RunRequest(
                period.id(), GwpSet.DEFAULT, ConsolidationApproach.OPERATIONAL_CONTROL, List.of()),
            caller.username());
    if (outcome instanceof RunOutcome.Refused rf) {
      throw RunController.notCalculated(rf);
    }
    if (outcome instanceof RunOutcome.NotFound nf) {
      throw ApiProblem.notFound(nf.what());
    }
    CalculationRun run = ((RunOutcome.Calculated) outcome).run();
    double renewable =
        renewableInstrumentKwh(instruments.registry(c, caller.tenantId()), rows, siteOf);
    EnergyInventory inventory =
        new EnergyInventory(
            run.id(),
            year,
            region,
            siteList(names),
            sums[0],
            sums[1],
            sums[2],
            sums[3],
            sums[4],
            sums[5],
            renewable,
            caller.username(),
            Instant.now(clock).truncatedTo(ChronoUnit.MICROS));
    inventories.add(c, caller.tenantId(), inventory);
    Totals t = runs.total(c, run);
    List<RecordMade> made = new ArrayList<>(rows.size());
    for (EnergyActivity.Row row : rows) {
      made.add(
          new RecordMade(
              row.recordId(),
              siteOf.get(row.recordId()).name(),
              row.month().toString(),
              row.activityType(),
              row.quantity(),
              row.unit()));
    }
    return new InventoryMade(
        run.id(),
        period.id(),
        year,
        region,
        run.resultSha256(),
        t.scope1(),
        t.scope2Location(),
        t.scope2Market(),
        t.scope1() + t.scope2Location(),
        t.scope1() + t.scope2Market(),
        sums[0],
        sums[1],
        sums[2],
        sums[3],
        sums[4],
        sums[5],
        renewable,
        made);
  }

  /**
   * Purchased electricity covered by the registry's renewable instruments: for each site (the
   * registry's facility, as the run's records name it) and month, the renewable kWh allocated to
   * it, at most the month's purchased kWh. The run's market-based Scope 2 applies the same
   * allocations.
   */
  static double renewableInstrumentKwh(
      InstrumentRegistry registry, List<EnergyActivity.Row> rows, Map<String, EnergySite> siteOf) {
    double covered = 0;
    for (EnergyActivity.Row row : rows) {
      if (row.activityType().equals(EnergyActivity.ELECTRICITY) && row.instrument() == null) {
        long green = registry.renewableKwh(siteOf.get(row.recordId()).name(), row.month());
        covered += Math.min(row.quantity(), green);
      }
    }
    return covered;
  }

  private ImportOutcome importFile(
      Connection c, Caller caller, ReportingPeriod period, int year, Path file, String replaces)
      throws SQLException {
    return importing.importFile(
        c,
        caller.tenantId(),
        period.id(),
        file,
        "energy-inventory-" + year + ".csv",
        caller::mayWriteIn,
        replaces,
        caller.username());
  }

  /** The sites' names as the certificate lists them, within the 4,000 characters kept. */
  static String siteList(List<String> names) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      String next = (i == 0 ? "" : ", ") + names.get(i);
      if (b.length() + next.length() > 3900) {
        return b + " and " + (names.size() - i) + " more";
      }
      b.append(next);
    }
    return b.toString();
  }

  /** A site's months of the year, and the electricity it fed into the grid. */
  private record SiteEnergy(
      List<EnergyActivity.Month> months, double exportedKwh, List<EnergyActivity.Row> heat) {}

  private SiteEnergy siteEnergy(Connection c, String tenantId, EnergySite site, int year)
      throws SQLException {
    List<String> pvNames = new ArrayList<>();
    for (Kept<PvArray> p : pvs.ofSite(c, tenantId, site.id())) {
      pvNames.add(p.value().name().strip().toLowerCase(Locale.ROOT));
    }
    // local year's hours lie within the UTC days from the day before to the day after
    LocalDate from = LocalDate.of(year, 1, 1).minusDays(1);
    LocalDate to = LocalDate.of(year, 12, 31).plusDays(1);
    TreeMap<Long, Double> imported = new TreeMap<>();
    TreeMap<Long, Double> exported = new TreeMap<>();
    TreeMap<Long, Double> generated = new TreeMap<>();
    TreeMap<Long, Double> gas = new TreeMap<>();
    TreeMap<Long, Double> heat = new TreeMap<>();
    for (Kept<Meter> k : meters.ofSite(c, tenantId, site.id())) {
      Meter m = k.value();
      TreeMap<Long, Double> into;
      if (m.carrier() == Meter.Carrier.GAS && m.direction() == Meter.Direction.IMPORT) {
        into = gas;
      } else if (m.carrier() == Meter.Carrier.HEAT && m.direction() == Meter.Direction.IMPORT) {
        into = heat;
      } else if (m.carrier() != Meter.Carrier.ELECTRICITY) {
        continue;
      } else if (pvNames.contains(m.name().strip().toLowerCase(Locale.ROOT))) {
        into = generated;
      } else if (m.direction() == Meter.Direction.IMPORT) {
        into = imported;
      } else {
        into = exported;
      }
      hours(days.read(c, tenantId, m, from, to), site.zone(), into);
    }
    TreeMap<Long, Double> consumption = new TreeMap<>(imported);
    generated.forEach((h, v) -> consumption.merge(h, v, Double::sum));
    exported.forEach((h, v) -> consumption.merge(h, -v, Double::sum));
    consumption.replaceAll((h, v) -> Math.max(0, v));
    List<EnergyActivity.Month> months =
        EnergyActivity.months(
            series(consumption),
            generated.isEmpty() ? null : series(generated),
            gas.isEmpty() ? null : series(gas),
            site.zone(),
            year);
    double exportedKwh = 0;
    if (generated.isEmpty()) {
      // without a generation meter the export is known only from the export meters
      for (Map.Entry<Long, Double> e : exported.entrySet()) {
        if (java.time.Instant.ofEpochSecond(e.getKey()).atZone(site.zone()).getYear() == year) {
          exportedKwh += e.getValue();
        }
      }
    } else {
      for (EnergyActivity.Month m : months) {
        exportedKwh += m.pvExportedKwh();
      }
    }
    return new SiteEnergy(
        months, exportedKwh, EnergyActivity.heatRows(site.id(), series(heat), site.zone(), year));
  }

  /**
   * Adds each stored reading to the hour of the site's clock it starts in (a whole UTC hour where
   * the offset is whole hours, half past it in Asia/Kolkata), so that the meters of a site meet on
   * one grid and each reading falls in its local month.
   */
  private static void hours(IntervalReadings r, ZoneId zone, TreeMap<Long, Double> into) {
    java.time.zone.ZoneRules rules = zone.getRules();
    for (Map.Entry<LocalDate, int[]> d : r.days().entrySet()) {
      int[] v = d.getValue();
      for (int s = 0; s < v.length; s++) {
        if (v[s] != IntervalReadings.MISSING) {
          long t = r.start(d.getKey(), s);
          long offset = rules.getOffset(java.time.Instant.ofEpochSecond(t)).getTotalSeconds();
          into.merge(t - Math.floorMod(t + offset, 3600), v[s] / 1000.0, Double::sum);
        }
      }
    }
  }

  private static HourlySeries series(TreeMap<Long, Double> hours) {
    long[] t = new long[hours.size()];
    double[] v = new double[hours.size()];
    int i = 0;
    for (Map.Entry<Long, Double> e : hours.entrySet()) {
      t[i] = e.getKey();
      v[i++] = e.getValue();
    }
    return new HourlySeries(t, v);
  }

  private static void writeActivity(
      Path file,
      List<EnergyActivity.Row> rows,
      Map<String, EnergySite> siteOf,
      String region,
      String note) {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      ActivityFile.write(
          w,
          rows,
          r -> {
            EnergySite s = siteOf.get(r.recordId());
            return new ActivityFile.Placing(
                s.orgUnit(),
                s.name(),
                region,
                "meter readings of site " + s.name() + " " + r.month() + note);
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the inventory's activity file", e);
    }
  }

  /** The certificate PDF of an energy inventory run of the caller's tenant, without savings. */
  public Pdf certificate(Caller caller, String run, ReportLanguage language) {
    return certificate(caller, run, language, null);
  }

  /**
   * Which meter's measured savings a certificate shows: the baseline period before the intervention
   * and the reporting period after it, each {@code FROM/TO}, as {@link MeterAnalysis#savings} reads
   * them.
   */
  public record SavingsAsked(String meterId, String baseline, String reporting) {

    /** The three given together, or none; else a 400 problem. */
    public static SavingsAsked of(String meterId, String baseline, String reporting) {
      boolean any = given(meterId) || given(baseline) || given(reporting);
      if (!any) {
        return null;
      }
      if (!given(meterId) || !given(baseline) || !given(reporting)) {
        throw ApiProblem.badRequest(
            "measured savings need meter, baseline=FROM/TO and reporting=FROM/TO together");
      }
      return new SavingsAsked(meterId.strip(), baseline.strip(), reporting.strip());
    }

    private static boolean given(String text) {
      return text != null && !text.isBlank();
    }
  }

  /**
   * The certificate PDF of an energy inventory run of the caller's tenant, with a meter's measured
   * savings when asked ({@code savings} not null): the avoided energy and its Guideline 14
   * uncertainty of {@link MeterAnalysis#savings} (the hourly model, 90 % confidence), its CO2e at
   * the location-based grid factor of the inventory's region and year (rounded once to grams), and
   * its cost at the site's tariff when the tariff is in CNY.
   */
  public Pdf certificate(Caller caller, String run, ReportLanguage language, SavingsAsked savings) {
    if (run == null || run.length() > 36) {
      throw ApiProblem.notFound("calculation run " + run);
    }
    EnergyInventory[] inventory = new EnergyInventory[1];
    EnergyCertificate made =
        db.inTransaction(
            c -> {
              CalculationRun r =
                  runs.byId(c, caller.tenantId(), run)
                      .orElseThrow(() -> ApiProblem.notFound("calculation run " + run));
              EnergyInventory e =
                  inventories
                      .byRun(c, caller.tenantId(), run)
                      .orElseThrow(
                          () ->
                              ApiProblem.badRequest(
                                  "run "
                                      + run
                                      + " is not an energy inventory; make one with POST"
                                      + " /api/v1/energy/inventory"));
              inventory[0] = e;
              Totals t = runs.total(c, r);
              Map<String, String> sources = new TreeMap<>();
              HeatLines heat = new HeatLines();
              runs.forEachLine(
                  c,
                  r,
                  line -> {
                    if (line.factorId() != null && !line.factorId().isBlank()) {
                      sources.putIfAbsent(
                          line.factorId(), line.citation() == null ? "" : line.citation());
                    }
                    heat.add(line);
                  });
              String organisation =
                  tenants.byId(c, caller.tenantId()).map(x -> x.name()).orElse("");
              return new EnergyCertificate(
                  organisation,
                  e.sites(),
                  e.year(),
                  t.scope1(),
                  t.scope2Location(),
                  t.scope2Market(),
                  new EnergyCertificate.Energy(
                      e.consumptionKwh(),
                      e.pvSelfKwh(),
                      e.pvExportedKwh(),
                      e.purchasedKwh(),
                      e.renewableInstrumentKwh(),
                      e.gasKwh(),
                      "kWh"),
                  null,
                  sources.entrySet().stream()
                      .map(x -> new EnergyCertificate.FactorSource(x.getKey(), x.getValue()))
                      .toList(),
                  r.id(),
                  r.resultSha256(),
                  EnergyCertificate.HashCheck.SERVICE_RUN,
                  LocalDate.now(clock),
                  heat.of(e.heatKwh()));
            });
    EnergyCertificate cert =
        savings == null ? made : made.withSavings(saved(caller, savings, inventory[0]));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new EnergyCertificatePdfWriter().write(cert, language, out);
    } catch (ReportRefused e) {
      throw ApiProblem.refused("Certificate Refused", e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the certificate", e);
    }
    return new Pdf(out.toByteArray(), "certificate-" + cert.year() + "-" + language.tag() + ".pdf");
  }

  /**
   * The run's purchased heat lines ({@code s2.heat}) under the location-based method: their grams
   * CO2e summed, and each distinct factor as the lines' formulas apply it with its id and source.
   */
  static final class HeatLines {
    private long grams;
    private boolean any;
    private final Map<String, String[]> factors = new LinkedHashMap<>();

    void add(TraceLine line) {
      if (!EnergyActivity.HEAT.equals(line.activityType()) || "MARKET".equals(line.method())) {
        return;
      }
      any = true;
      grams += line.co2eGrams();
      factors.putIfAbsent(
          applied(line.formula()),
          new String[] {
            line.factorId() == null ? "" : line.factorId(),
            line.citation() == null ? "" : line.citation()
          });
    }

    /** The certificate's heat line for the inventory's heat kWh, or null without heat. */
    EnergyCertificate.Heat of(double kwh) {
      if (!any || !(kwh > 0)) {
        return null;
      }
      List<String> ids = new ArrayList<>();
      List<String> citations = new ArrayList<>();
      for (String[] f : factors.values()) {
        if (!ids.contains(f[0])) {
          ids.add(f[0]);
        }
        if (!citations.contains(f[1])) {
          citations.add(f[1]);
        }
      }
      return new EnergyCertificate.Heat(
          kwh,
          grams,
          String.join("; ", factors.keySet()),
          String.join(", ", ids),
          String.join("; ", citations));
    }

    /**
     * The factor part of a line's formula: {@code 7440 kWh x 0.17073 kg CO2e/kWh x GWP 1 ...} gives
     * {@code 0.17073 kg CO2e/kWh}; the whole formula when it has no such part.
     */
    static String applied(String formula) {
      if (formula == null) {
        return "";
      }
      int from = formula.indexOf(" x ");
      int to = formula.indexOf(" x GWP");
      return from >= 0 && to > from ? formula.substring(from + 3, to) : formula;
    }
  }

  /** A meter's measured savings as the certificate shows them; refusals are problems. */
  private EnergyCertificate.Savings saved(Caller caller, SavingsAsked asked, EnergyInventory e) {
    MeterAnalysis.Savings v =
        analysis.savings(caller, asked.meterId(), asked.baseline(), asked.reporting(), "hourly");
    GridFactor.Outcome o = analysis.gridFactor(e.region(), e.year());
    if (!(o instanceof GridFactor.Outcome.Found found)) {
      throw ApiProblem.refused(
          "Certificate Refused",
          "measured savings need the inventory's location-based grid factor: "
              + ((GridFactor.Outcome.NotFound) o).reason());
    }
    double kgPerKwh = found.factor().kgCo2ePerKwh();
    long grams = Grams.ofKilograms(v.savingsKwh() * kgPerKwh);
    long uncertaintyGrams = Grams.ofKilograms(v.uncertaintyKwh() * kgPerKwh);
    if (grams == Grams.REFUSED || uncertaintyGrams == Grams.REFUSED) {
      throw ApiProblem.refused(
          "Certificate Refused", "the measured savings' CO2e is beyond what one line may hold");
    }
    Double pricePerKwh =
        "CNY".equals(v.currency()) && v.savingsCost() != null && v.savingsKwh() != 0
            ? v.savingsCost() / v.savingsKwh()
            : null;
    return new EnergyCertificate.Savings(
        v.baselineFrom() + "/" + v.baselineTo(),
        v.reportingFrom() + "/" + v.reportingTo(),
        v.savingsKwh(),
        v.uncertaintyKwh(),
        v.confidence(),
        pricePerKwh,
        grams,
        uncertaintyGrams);
  }

  /** A rendered certificate and the file name to save it under. */
  public record Pdf(byte[] bytes, String fileName) {}

  /** The year asked for, 1990 to 2100, else a 400 problem. */
  public static int year(String text) {
    try {
      int y = Integer.parseInt(text == null ? "" : text.strip());
      if (y >= 1990 && y <= 2100) {
        return y;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw ApiProblem.badRequest("year is a year from 1990 to 2100, e.g. 2024")
        .saying(Sentence.of("refusal.inventory.year"));
  }

  /** The region asked for, else a 400 problem. */
  public static String region(String text) {
    String r = text == null ? "" : text.strip();
    if (!r.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?|GLOBAL")) {
      throw ApiProblem.badRequest(
              "region is an ISO 3166 code such as CN, CN-ZJ or GB, or GLOBAL: it selects the factors")
          .saying(Sentence.of("refusal.inventory.region"));
    }
    return r;
  }
}
