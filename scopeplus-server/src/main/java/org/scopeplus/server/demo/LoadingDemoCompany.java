package org.scopeplus.server.demo;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scopeplus.core.baseyear.BaseYear;
import org.scopeplus.core.gas.GwpSet;
import org.scopeplus.core.instrument.InstrumentOutcome;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.org.OrgUnit;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.demo.DemoCompany;
import org.scopeplus.io.demo.DemoDataset;
import org.scopeplus.io.demo.DemoInstruments;
import org.scopeplus.io.demo.DemoManagement;
import org.scopeplus.io.org.OrgStructureReader;
import org.scopeplus.store.Database;
import org.scopeplus.store.activity.ImportOutcome;
import org.scopeplus.store.activity.ImportingActivities;
import org.scopeplus.store.baseyear.RecalculatingBaseYear;
import org.scopeplus.store.instrument.KeepingInstruments;
import org.scopeplus.store.org.OrgUnitStore;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.run.CalculatingRun;
import org.scopeplus.store.run.RunOutcome;
import org.scopeplus.store.run.RunRequest;
import org.scopeplus.store.supplier.SupplierRegisterStore;
import org.scopeplus.store.tenant.TenantStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;

/**
 * Loads the demo company on first start when asked ({@code scopeplus serve --demo}): its org
 * structure, its instrument registry ({@link DemoInstruments}), a reporting period and an import
 * per year, a run per year, and its first year as the base year. It is a tenant like any other; no
 * user is made for it (there is no default password): add one with {@code scopeplus user add
 * --tenant "Kestrel Group"}.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE) // before a first admin from the environment makes the tenant
class LoadingDemoCompany implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(LoadingDemoCompany.class);
  private static final String ACTOR = "demo";

  private final Database database;
  private final ReferenceData reference;
  private final boolean demo;

  LoadingDemoCompany(
      Database database, ReferenceData reference, @Value("${scopeplus.demo:false}") boolean demo) {
    this.database = database;
    this.reference = reference;
    this.demo = demo;
  }

  @Override
  public void run(ApplicationArguments args) throws IOException {
    if (!demo
        || database.inTransaction(c -> new TenantStore().byName(c, DemoCompany.NAME)).isPresent()) {
      return;
    }
    Path dir = Files.createTempDirectory("scopeplus-demo");
    try {
      DemoDataset.DemoFiles files = DemoDataset.extract(dir);
      Map<Integer, Path> byYear = splitByYear(files.activity(), dir);
      InstrumentRegistry instruments = DemoInstruments.registry(files.activity());
      ReadResult<org.scopeplus.core.org.OrgStructure> org =
          new OrgStructureReader().read(files.org());
      if (!org.ok()) {
        throw new IllegalStateException("the demo org structure has problems: " + org.problems());
      }
      database.inTransaction(
          c -> {
            String tenant = new TenantStore().create(c, DemoCompany.NAME, ACTOR).id();
            for (OrgUnit u : org.value().units()) {
              new OrgUnitStore().add(c, tenant, u, ACTOR);
            }
            // the certificates and PPAs are registry entries, kept before the runs so that every
            // run's market-based Scope 2 applies them, as scopeplus demo does
            InstrumentOutcome<InstrumentRegistry> kept =
                new KeepingInstruments().keep(c, tenant, instruments, ACTOR);
            if (!(kept instanceof InstrumentOutcome.Done<InstrumentRegistry>)) {
              throw new IllegalStateException("the demo's instruments were refused: " + kept);
            }
            new SupplierRegisterStore()
                .replace(c, tenant, DemoManagement.suppliers(), java.util.List.of(), ACTOR);
            String baseRun = null;
            for (Map.Entry<Integer, Path> year : byYear.entrySet()) {
              int y = year.getKey();
              String period =
                  new PeriodStore()
                      .add(
                          c,
                          tenant,
                          "FY" + y,
                          LocalDate.of(y, 1, 1),
                          LocalDate.of(y, 12, 31),
                          ACTOR)
                      .id();
              ImportOutcome imported =
                  new ImportingActivities(reference)
                      .importFile(c, tenant, period, year.getValue(), unit -> true, null, ACTOR);
              if (!(imported instanceof ImportOutcome.Stored)) {
                throw new IllegalStateException(
                    "the demo data of " + y + " did not import: " + imported);
              }
              RunOutcome run =
                  new CalculatingRun(reference)
                      .run(
                          c,
                          tenant,
                          new RunRequest(
                              period,
                              GwpSet.DEFAULT,
                              ConsolidationApproach.OPERATIONAL_CONTROL,
                              java.util.List.of()),
                          ACTOR);
              if (!(run instanceof RunOutcome.Calculated calculated)) {
                throw new IllegalStateException("the demo run of " + y + " failed: " + run);
              }
              if (baseRun == null) {
                baseRun = calculated.run().id();
              }
            }
            new RecalculatingBaseYear().set(c, tenant, baseRun, BaseYear.DEFAULT_THRESHOLD, ACTOR);
            return null;
          });
      LOG.info(
          "demo company {} loaded ({} to {}); add a user with: scopeplus user add --tenant \"{}\""
              + " --username NAME",
          DemoCompany.NAME,
          DemoCompany.FIRST_YEAR,
          DemoCompany.LAST_YEAR,
          DemoCompany.NAME);
    } finally {
      FileSystemUtils.deleteRecursively(dir);
    }
  }

  /** One file per year of the period column, so each goes into its own reporting period. */
  private static Map<Integer, Path> splitByYear(Path activity, Path dir) throws IOException {
    Map<Integer, BufferedWriter> writers = new LinkedHashMap<>();
    Map<Integer, Path> files = new java.util.TreeMap<>();
    try (BufferedReader in = Files.newBufferedReader(activity, StandardCharsets.UTF_8)) {
      String header = in.readLine();
      int periodColumn = java.util.Arrays.asList(header.split(",", -1)).indexOf("period");
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        if (line.indexOf('"') >= 0) {
          throw new IllegalStateException("the demo activity file has a quoted field: " + line);
        }
        int year = Integer.parseInt(line.split(",", -1)[periodColumn].substring(0, 4));
        BufferedWriter w = writers.get(year);
        if (w == null) {
          Path f = dir.resolve("kestrel-activity-" + year + ".csv");
          files.put(year, f);
          w = Files.newBufferedWriter(f, StandardCharsets.UTF_8);
          w.write(header);
          w.newLine();
          writers.put(year, w);
        }
        w.write(line);
        w.newLine();
      }
    } finally {
      for (BufferedWriter w : writers.values()) {
        try {
          w.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return files;
  }
}
