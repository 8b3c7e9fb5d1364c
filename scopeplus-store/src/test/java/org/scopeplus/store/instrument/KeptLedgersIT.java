package org.scopeplus.store.instrument;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.core.credit.CreditKind;
import org.scopeplus.core.credit.CreditLot;
import org.scopeplus.core.credit.CreditOutcome;
import org.scopeplus.core.credit.SerialRange;
import org.scopeplus.core.instrument.Allocation;
import org.scopeplus.core.instrument.Consumption;
import org.scopeplus.core.instrument.Instrument;
import org.scopeplus.core.instrument.InstrumentKind;
import org.scopeplus.core.instrument.InstrumentOutcome;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.TestDatabases;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.audit.ChainVerification;
import org.scopeplus.store.credit.KeepingCredits;
import org.scopeplus.store.integrity.VerifyingIntegrity;
import org.scopeplus.store.tenant.TenantStore;

/**
 * The instrument and credit ledgers as kept, on H2 (file database) and PostgreSQL: MWh kept as a
 * double before migration V12 become whole kWh and still verify against their audit entries; a MWh
 * is not claimed twice by two transactions; and a ledger row edited behind the service's back is
 * found by the integrity check, naming its entry.
 */
class KeptLedgersIT {

  private static final YearMonth MARCH = YearMonth.of(2025, 3);

  @TempDir Path dir;

  private DatabaseSettings settings(String database) throws Exception {
    return database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
  }

  private static Connection connect(DatabaseSettings s) throws Exception {
    Connection c = DriverManager.getConnection(s.url(), s.user(), s.password());
    if (s.schema() != null && !s.schema().isEmpty()) {
      try (Statement st = c.createStatement()) {
        st.execute("SET search_path TO " + s.schema());
      }
    }
    return c;
  }

  /**
   * A ledger kept before V12 (MWh as DOUBLE PRECISION, audit states as the records' text) is
   * migrated to whole kWh: 1,000.25 MWh become 1,000,250 kWh exactly, the registry reads them, and
   * the integrity check finds every row matching the state its entry recorded before V12.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void mwhKeptBeforeV12BecomeWholeKwhAndStillVerify(String database) throws Exception {
    DatabaseSettings s = settings(database);
    String tenantId;
    try {
      var flyway =
          Flyway.configure()
              .dataSource(s.url(), s.user(), s.password())
              .locations("classpath:db/migration")
              .target("10");
      if (s.schema() != null && !s.schema().isEmpty()) {
        flyway = flyway.schemas(s.schema()).defaultSchema(s.schema()).createSchemas(true);
      }
      flyway.load().migrate();
      try (Connection c = connect(s)) {
        c.setAutoCommit(false);
        tenantId = new TenantStore().create(c, "before-v12", "admin").id();
        AuditTrail audit = new AuditTrail();
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO instrument (id, tenant_id, kind, serial_block, serial_first,"
                    + " serial_last, mwh, technology, generated_from, generated_to,"
                    + " market_boundary, registry, emission_rate, created_by, created_at) VALUES"
                    + " ('I1', ?, 'PPA_VIRTUAL', '', 0, 0, 1000.25, 'wind', '2025-01', '2025-12',"
                    + " 'CN', 'Counterparty', 0, 'admin', ?)")) {
          ps.setString(1, tenantId);
          ps.setTimestamp(2, now);
          ps.executeUpdate();
        }
        audit.append(
            c,
            tenantId,
            "admin",
            "instrument.registered",
            "instrument",
            "I1",
            AuditTrail.NO_STATE,
            "Instrument[id=I1, kind=PPA_VIRTUAL, serialBlock=, serialFirst=0, serialLast=0,"
                + " mwh=1000.25, technology=wind, generatedFrom=2025-01, generatedTo=2025-12,"
                + " marketBoundary=CN, registry=Counterparty, emissionRateKgPerMwh=0.0]",
            "1000.25 MWh of ppa-virtual registered");
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO instrument_consumption (tenant_id, facility, consumed_month,"
                    + " org_unit, region, mwh, supplier_rate, residual_mix, location_factor)"
                    + " VALUES (?, 'DC-1', '2025-03', 'K/DC-1', 'CN-ZJ', 1500.5, NULL, 700, 600)")) {
          ps.setString(1, tenantId);
          ps.executeUpdate();
        }
        audit.append(
            c,
            tenantId,
            "admin",
            "consumption.recorded",
            "instrument_consumption",
            "DC-1 2025-03",
            AuditTrail.NO_STATE,
            "Consumption[orgUnit=K/DC-1, facility=DC-1, month=2025-03, region=CN-ZJ,"
                + " mwh=1500.5, supplierKgPerMwh=null, residualMixKgPerMwh=700.0,"
                + " locationKgPerMwh=600.0]",
            "1500.5 MWh of DC-1 2025-03 recorded");
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO instrument_allocation (id, tenant_id, instrument_id, facility,"
                    + " consumed_month, mwh, created_by, created_at) VALUES"
                    + " ('A1', ?, 'I1', 'DC-1', '2025-03', 1000.25, 'admin', ?)")) {
          ps.setString(1, tenantId);
          ps.setTimestamp(2, now);
          ps.executeUpdate();
        }
        audit.append(
            c,
            tenantId,
            "admin",
            "instrument.allocated",
            "instrument_allocation",
            "A1",
            AuditTrail.NO_STATE,
            "Allocation[instrumentId=I1, facility=DC-1, month=2025-03, mwh=1000.25]",
            "1000.25 MWh of instrument I1 claimed for DC-1 2025-03");
        c.commit();
      }
      try (Database db = Database.open(s)) {
        KeepingInstruments keeping = new KeepingInstruments();
        InstrumentRegistry r = db.inTransaction(c -> keeping.registry(c, tenantId));
        assertThat(r.instruments().get(0).kwh()).isEqualTo(1_000_250L);
        assertThat(r.consumption().get(0).kwh()).isEqualTo(1_500_500L);
        assertThat(r.allocations()).containsExactly(new Allocation("I1", "DC-1", MARCH, 1_000_250));
        assertThat(r.remaining("I1")).isZero();
        ChainVerification v = db.inTransaction(c -> new VerifyingIntegrity().verify(c, tenantId));
        assertThat(v.intact()).as(v.toString()).isTrue();

        // the claim cannot grow by one kWh
        InstrumentOutcome<Allocation> more =
            db.inTransaction(
                c ->
                    keeping.allocate(c, tenantId, new Allocation("I1", "DC-1", MARCH, 1), "admin"));
        assertThat(more).isInstanceOf(InstrumentOutcome.Refused.class);
        db.inTransaction(
            c -> {
              try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE instrument_allocation SET kwh = kwh + 1 WHERE id = 'A1'");
              }
              return null;
            });
        ChainVerification edited =
            db.inTransaction(c -> new VerifyingIntegrity().verify(c, tenantId));
        assertThat(edited.intact()).isFalse();
        assertThat(edited.broken()).hasSize(1);
        assertThat(edited.broken().get(0).reason())
            .contains("instrument.allocated")
            .endsWith(
                "recorded a state the stored instrument_allocation no longer has: it was changed"
                    + " behind the service's back");
      }
    } finally {
      TestDatabases.drop(s);
    }
  }

  /**
   * Instruments, lines, allocations, credit lots and movements kept through the service verify; a
   * credit movement's serials and a consumption line's kWh edited in the database, and an
   * instrument inserted without an entry, are each named.
   */
  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void ledgerRowsEditedBehindTheServiceAreNamed(String database) throws Exception {
    DatabaseSettings s = settings(database);
    try (Database db = Database.open(s)) {
      String tenantId = db.inTransaction(c -> new TenantStore().create(c, "kept", "admin").id());
      KeepingInstruments instruments = new KeepingInstruments();
      KeepingCredits credits = new KeepingCredits();
      Instrument gec =
          new Instrument(
              "",
              InstrumentKind.GEC,
              "GEC-2025",
              1,
              1000,
              1_000_000,
              "wind",
              YearMonth.of(2025, 1),
              YearMonth.of(2025, 12),
              "CN",
              "China GEC",
              0);
      db.inTransaction(c -> instruments.register(c, tenantId, gec, "admin"));
      db.inTransaction(
          c ->
              instruments.consume(
                  c,
                  tenantId,
                  new Consumption("K/DC-1", "DC-1", MARCH, "CN-ZJ", 800_000, null, 700.0, 600),
                  "admin"));
      List<Allocation> fitted = db.inTransaction(c -> instruments.firstFit(c, tenantId, "admin"));
      assertThat(fitted).extracting(Allocation::kwh).containsExactly(800_000L);
      db.inTransaction(
          c ->
              instruments.consume(
                  c,
                  tenantId,
                  new Consumption("K/DC-2", "DC-2", MARCH, "CN-ZJ", 5_000_000, null, 700.0, 600),
                  "admin"));
      // eight transactions at once ask 50 MWh each of the 200 MWh left: four are accepted
      String gecId = db.inTransaction(c -> instruments.instruments(c, tenantId)).get(0).id();
      List<java.util.concurrent.Future<InstrumentOutcome<Allocation>>> asked =
          new java.util.ArrayList<>();
      var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        for (int i = 0; i < 8; i++) {
          asked.add(
              pool.submit(
                  () ->
                      db.inTransaction(
                          c ->
                              instruments.allocate(
                                  c,
                                  tenantId,
                                  new Allocation(gecId, "DC-2", MARCH, 50_000),
                                  "admin"))));
        }
        int accepted = 0;
        for (var f : asked) {
          InstrumentOutcome<Allocation> o = f.get();
          if (o instanceof InstrumentOutcome.Done<Allocation>) {
            accepted++;
          }
        }
        assertThat(accepted).isEqualTo(4);
      } finally {
        pool.shutdown();
      }
      assertThat(db.inTransaction(c -> instruments.registry(c, tenantId)).remaining(gecId))
          .isZero();
      CreditLot lot =
          new CreditLot(
              "",
              "Gold Standard",
              "GS 1234 cookstoves",
              "GS TPDDTEC",
              2023,
              new SerialRange("GS-1234", 1, 500),
              CreditKind.AVOIDANCE_REDUCTION,
              0,
              List.of());
      CreditOutcome<CreditLot> bought =
          db.inTransaction(c -> credits.purchase(c, tenantId, lot, "admin"));
      String lotId = ((CreditOutcome.Done<CreditLot>) bought).value().id();
      CreditOutcome<org.scopeplus.core.credit.Movement> retired =
          db.inTransaction(
              c -> credits.retire(c, tenantId, lotId, 200, null, 2025, "2025 claim", "admin"));
      assertThat(retired).isInstanceOf(CreditOutcome.Done.class);
      ChainVerification v = db.inTransaction(c -> new VerifyingIntegrity().verify(c, tenantId));
      assertThat(v.intact()).as(v.toString()).isTrue();

      db.inTransaction(
          c -> {
            try (Statement st = c.createStatement()) {
              st.executeUpdate("UPDATE credit_movement SET serial_last = serial_last - 1");
              st.executeUpdate(
                  "UPDATE instrument_consumption SET kwh = 900000 WHERE facility = 'DC-1'");
            }
            return null;
          });
      ChainVerification edited =
          db.inTransaction(c -> new VerifyingIntegrity().verify(c, tenantId));
      assertThat(edited.broken())
          .extracting(b -> b.reason())
          .anySatisfy(
              m ->
                  assertThat(m)
                      .contains("credits.retired")
                      .contains("the stored credit_movement no longer has"))
          .anySatisfy(
              m ->
                  assertThat(m)
                      .contains("consumption.recorded")
                      .contains("the stored instrument_consumption no longer has"));
      assertThat(edited.broken()).hasSize(2);
    } finally {
      TestDatabases.drop(s);
    }
  }
}
