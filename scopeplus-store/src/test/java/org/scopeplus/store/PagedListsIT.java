package org.scopeplus.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.core.org.OrgUnit;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.store.audit.AuditEntry;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.factor.FactorLibraryStore;
import org.scopeplus.store.factor.StoredFactorLibrary;
import org.scopeplus.store.org.OrgUnitStore;
import org.scopeplus.store.org.PeriodStore;
import org.scopeplus.store.org.ReportingPeriod;
import org.scopeplus.store.org.StoredOrgUnit;
import org.scopeplus.store.tenant.TenantStore;
import org.scopeplus.store.user.ApiToken;
import org.scopeplus.store.user.Role;
import org.scopeplus.store.user.StoredUser;
import org.scopeplus.store.user.TokenStore;
import org.scopeplus.store.user.UserStore;

/**
 * The stores' lists: pages in a stable order, only the tenant's own rows, and the tenant's total on
 * every page. On H2 (file database) and PostgreSQL.
 */
class PagedListsIT {

  private static final String LIBRARY =
      "factor_id,activity_key,region,valid_from,valid_to,gas,value,unit,factor_type,publication,verification\n"
          + "own.grid.zj.2024,grid.location,CN-ZJ,2024,2024,CO2,0.62,kg/kWh,grid_average,Utility"
          + " disclosure 2024,user_supplied\n";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void listsPageThroughTheTenantsOwnRows(String database) throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      String a = db.inTransaction(c -> new TenantStore().create(c, "a", "test").id());
      String b = db.inTransaction(c -> new TenantStore().create(c, "b", "test").id());
      fill(db, a, List.of("eve", "bob", "dan", "amy", "cat"));
      fill(db, b, List.of("zed", "yan"));

      for (String tenant : List.of(a, b)) {
        int n = tenant.equals(a) ? 5 : 2;

        List<StoredUser> users = all(db, n, p -> new UserStore().list(p.c, tenant, p.page));
        assertThat(users).extracting(StoredUser::tenantId).containsOnly(tenant);
        assertThat(users).extracting(StoredUser::username).isSorted();
        assertThat(users)
            .allSatisfy(
                u ->
                    assertThat(u.orgUnits())
                        .containsExactlyInAnyOrder("G/" + u.username(), "G/x")
                        .isSorted());

        List<ApiToken> tokens = all(db, n, p -> new TokenStore().list(p.c, tenant, null, p.page));
        assertThat(tokens).extracting(ApiToken::tenantId).containsOnly(tenant);
        assertThat(tokens)
            .isSortedAccordingTo(
                Comparator.comparing(ApiToken::createdAt).reversed().thenComparing(ApiToken::id));
        String owner = tokens.get(0).userId();
        List<ApiToken> own = all(db, 1, p -> new TokenStore().list(p.c, tenant, owner, p.page));
        assertThat(own).extracting(ApiToken::userId).containsExactly(owner);

        List<StoredOrgUnit> units = all(db, n, p -> new OrgUnitStore().list(p.c, tenant, p.page));
        assertThat(units).extracting(StoredOrgUnit::tenantId).containsOnly(tenant);
        assertThat(units).extracting(u -> u.unit().path()).isSorted();

        List<ReportingPeriod> periods =
            all(db, n, p -> new PeriodStore().list(p.c, tenant, p.page));
        assertThat(periods).extracting(ReportingPeriod::tenantId).containsOnly(tenant);
        assertThat(periods)
            .isSortedAccordingTo(
                Comparator.comparing(ReportingPeriod::start).thenComparing(ReportingPeriod::name));

        FactorLibraryStore libraryStore =
            new FactorLibraryStore(BuiltInReferenceData.load().gwps());
        List<StoredFactorLibrary> libraries =
            all(db, n, p -> libraryStore.list(p.c, tenant, p.page));
        assertThat(libraries).extracting(StoredFactorLibrary::tenantId).containsOnly(tenant);
        assertThat(libraries)
            .isSortedAccordingTo(
                Comparator.comparing(StoredFactorLibrary::name)
                    .thenComparing(StoredFactorLibrary::createdAt));
        assertThat(all(db, n, p -> FactorLibraryStore.listAsStored(p.c, tenant, p.page)))
            .isEqualTo(libraries);

        // The tenant's creation, then per name a user, a token, a unit, a period and a library.
        long entries = 1 + 5L * n;
        List<AuditEntry> audit = all(db, entries, p -> new AuditTrail().list(p.c, tenant, p.page));
        assertThat(audit).extracting(AuditEntry::tenantId).containsOnly(tenant);
        assertThat(audit)
            .extracting(AuditEntry::seq)
            .isSortedAccordingTo(Comparator.reverseOrder())
            .startsWith(entries)
            .endsWith(1L);
      }
    } finally {
      TestDatabases.drop(settings);
    }
  }

  private static void fill(Database db, String tenant, List<String> names) {
    for (String name : names) {
      db.inTransaction(
          c -> {
            StoredUser u =
                new UserStore()
                    .add(
                        c,
                        tenant,
                        name,
                        "hash",
                        Role.DATA_OWNER,
                        List.of("G/" + name, "G/x"),
                        "test");
            new TokenStore().add(c, tenant, u.id(), name, "hash-" + tenant + name, "test");
            new OrgUnitStore().add(c, tenant, new OrgUnit("G/" + name, 1.0, true, true), "test");
            int year = 2000 + (name.charAt(0) - 'a') % 7;
            new PeriodStore()
                .add(c, tenant, name, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "test");
            new FactorLibraryStore(BuiltInReferenceData.load().gwps())
                .add(
                    c,
                    tenant,
                    name,
                    "1",
                    "lib.csv",
                    LIBRARY.getBytes(StandardCharsets.UTF_8),
                    "test");
            return u;
          });
    }
  }

  /** A connection and the page asked for. */
  private record Ask(java.sql.Connection c, PageRequest page) {}

  @FunctionalInterface
  private interface Lister<T> {
    Page<T> list(Ask ask) throws SQLException;
  }

  /** All rows, two to a page, checking each page's number, size and total. */
  private static <T> List<T> all(Database db, long total, Lister<T> lister) {
    List<T> out = new ArrayList<>();
    for (int page = 0; page * 2L < total + 2; page++) {
      PageRequest request = new PageRequest(page, 2);
      Page<T> p = db.inTransaction(c -> lister.list(new Ask(c, request)));
      assertThat(p.page()).isEqualTo(page);
      assertThat(p.size()).isEqualTo(2);
      assertThat(p.total()).isEqualTo(total);
      assertThat(p.items()).hasSize((int) Math.max(0, Math.min(2, total - page * 2L)));
      out.addAll(p.items());
    }
    List<T> whole =
        db.inTransaction(c -> lister.list(new Ask(c, new PageRequest(0, PageRequest.MAX_SIZE))))
            .items();
    assertThat(out).isEqualTo(whole);
    return out;
  }
}
