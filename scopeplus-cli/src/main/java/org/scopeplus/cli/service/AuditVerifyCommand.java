package org.scopeplus.cli.service;

import java.util.List;
import java.util.concurrent.Callable;
import org.scopeplus.store.Database;
import org.scopeplus.store.audit.BrokenEntry;
import org.scopeplus.store.audit.ChainVerification;
import org.scopeplus.store.integrity.VerifyingIntegrity;
import org.scopeplus.store.tenant.Tenant;
import org.scopeplus.store.tenant.TenantStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code scopeplus audit verify}: recomputes every tenant's SHA-256 audit chain and stored data
 * straight from the database and names every entry that was changed, removed or inserted, or whose
 * stored row cannot be read (the first thousand listed, all counted). Exit code 0 when every chain
 * is intact, 1 when one is broken or could not be checked, 2 when there is no database where the
 * options point (it never creates one).
 */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Check the SHA-256 chain of the audit trail of every tenant (or one).",
      "Exit code 0 when intact, 1 when an entry was changed, removed or inserted,",
      "2 when there is no database in the data folder (it never creates one)."
    })
public final class AuditVerifyCommand implements Callable<Integer> {

  @Mixin DatabaseOptions database;

  @Option(names = "--tenant", description = "Only this tenant (by name).")
  String tenant;

  @Override
  public Integer call() {
    QuietLogs.apply();
    Database opened;
    try {
      opened = database.openExisting();
    } catch (DatabaseOptions.NoDatabase e) {
      System.err.println("scopeplus audit verify: " + e.getMessage());
      return 2;
    }
    try (Database db = opened) {
      List<Tenant> tenants =
          db.inTransaction(
              c ->
                  tenant == null
                      ? new TenantStore().all(c)
                      : new TenantStore().byName(c, tenant).map(List::of).orElse(List.of()));
      if (tenants.isEmpty()) {
        System.err.println(tenant == null ? "no tenants yet" : "no tenant " + tenant);
        return tenant == null ? 0 : 1;
      }
      boolean intact = true;
      VerifyingIntegrity verifying = new VerifyingIntegrity();
      for (Tenant t : tenants) {
        ChainVerification v;
        try {
          v = db.inTransaction(c -> verifying.verify(c, t.id()));
        } catch (RuntimeException e) {
          System.out.printf(
              "%s: the check could not finish, so it proves nothing: %s%n", t.name(), e);
          intact = false;
          continue;
        }
        System.out.printf("%s: %s%n", t.name(), v.message());
        if (v.brokenCount() > 1) {
          for (BrokenEntry b : v.broken()) {
            System.out.printf("  - %s%n", b.reason());
          }
          if (v.brokenCount() > v.broken().size()) {
            System.out.printf("  ... and %d more%n", v.brokenCount() - v.broken().size());
          }
        }
        intact &= v.intact();
      }
      return intact ? 0 : 1;
    }
  }
}
