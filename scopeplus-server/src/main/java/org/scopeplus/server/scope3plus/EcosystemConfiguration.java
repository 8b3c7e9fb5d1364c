package org.scopeplus.server.scope3plus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;
import org.scopeplus.core.text.Sentence;
import org.scopeplus.io.scope3plus.ConfigurationFile;
import org.scopeplus.io.scope3plus.ConfigurationRefused;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A tenant's Scope 3+ methodology configuration in the service: the same CSV (key, value, unit,
 * source) and the same checks as {@code scopeplus ecosystem ingest --configuration}, kept beside
 * the tenant's state ({@link ConfigurationFile}) with who set each value and when. A change is
 * refused whole with the checks' sentences (nothing is kept), made by an admin only, recorded in
 * the tenant's audit trail, and counts the events that come after it; events counted before keep
 * their grams.
 */
@Component
public class EcosystemConfiguration {

  /** Most configured values a tenant may keep. */
  static final int MAX_VALUES = 10_000;

  /** A configured value as read back. */
  public record Value(
      String key, String value, String unit, String source, String setBy, String setAt) {
    static Value of(ConfigurationFile.Row r) {
      return new Value(r.key(), r.value(), r.unit(), r.source(), r.setBy(), r.setAt());
    }
  }

  /**
   * A value a methodology needs before it counts, with what to supply: its unit, what it is ({@code
   * description}) and how to find it ({@code guidance}).
   */
  public record Needed(
      String action, String key, String unit, String description, String guidance) {}

  /**
   * The configuration: the values kept and the values still needed.
   *
   * @param values the configured values, in the order kept
   * @param needed the values methodologies still need before they count
   */
  public record View(List<Value> values, List<Needed> needed) {}

  private final TenantLedgers ledgers;
  private final LedgerChanges changes;

  EcosystemConfiguration(TenantLedgers ledgers, LedgerChanges changes) {
    this.ledgers = ledgers;
    this.changes = changes;
  }

  /** The caller's tenant's configuration and what its methodologies still need. */
  public View view(Caller caller) {
    return ledgers.with(caller.tenantId(), store -> view(caller.tenantId(), store.catalog()));
  }

  private View view(String tenantId, MethodologyCatalog catalog) {
    List<Value> values = new ArrayList<>();
    for (ConfigurationFile.Row r : kept(tenantId)) {
      values.add(Value.of(r));
    }
    List<Needed> needed = new ArrayList<>();
    for (Methodology m : catalog.methodologies()) {
      for (String role : m.missing()) {
        Parameter p = m.parameters().get(role);
        needed.add(
            new Needed(
                m.action(), p.key(), p.unit(), p.citation().publication(), p.citation().notes()));
      }
    }
    return new View(values, needed);
  }

  /**
   * Replaces the caller's tenant's whole configuration with {@code csv} (admin only): checked as
   * the CLI checks its file, refused whole (422 with each problem's sentence) or kept and audited.
   * A value whose value, unit and source are unchanged keeps who set it and when.
   */
  public View replace(Caller caller, String csv) {
    LedgerChanges.adminOnly(caller, "change the Scope 3+ configuration");
    if (csv == null || csv.isBlank()) {
      throw ApiProblem.badRequest(
          "give the configuration as CSV with the columns key, value, unit, source (a header row,"
              + " then one row per value)");
    }
    List<ConfigurationFile.Row> rows;
    try {
      rows = ConfigurationFile.rows(csv);
    } catch (IOException | RuntimeException e) {
      throw refused(
          List.of(
              new ConfigurationRefused.Item(
                  "the configuration is not a CSV with the columns key, value, unit, source: "
                      + e.getMessage(),
                  Sentence.of("refusal.configuration.notCsv", String.valueOf(e.getMessage())))));
    }
    return change(caller, rows, csv);
  }

  /**
   * Sets one value of the caller's tenant's configuration (admin only), keeping the others: a new
   * key is added at the end, a configured key is replaced in its place.
   */
  public View set(Caller caller, String key, String value, String unit, String source) {
    LedgerChanges.adminOnly(caller, "change the Scope 3+ configuration");
    ConfigurationFile.Row wanted =
        new ConfigurationFile.Row(key.strip(), value.strip(), unit.strip(), source.strip(), "", "");
    List<ConfigurationFile.Row> rows = new ArrayList<>();
    boolean replaced = false;
    for (ConfigurationFile.Row r : ledgers.with(caller.tenantId(), s -> kept(caller.tenantId()))) {
      if (r.key().equals(wanted.key())) {
        rows.add(wanted);
        replaced = true;
      } else {
        rows.add(r);
      }
    }
    if (!replaced) {
      rows.add(wanted);
    }
    return change(caller, rows, ConfigurationFile.text(rows));
  }

  private View change(Caller caller, List<ConfigurationFile.Row> rows, String csv) {
    if (rows.size() > MAX_VALUES) {
      throw refused(
          List.of(
              new ConfigurationRefused.Item(
                  "at most " + MAX_VALUES + " values may be configured",
                  Sentence.of("refusal.configuration.tooMany", Integer.toString(MAX_VALUES)))));
    }
    MethodologyCatalog catalog;
    try {
      catalog = ConfigurationFile.check(csv);
    } catch (ConfigurationRefused e) {
      throw refused(e.items());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String tenant = caller.tenantId();
    return changes.make(
        caller,
        store -> {
          List<ConfigurationFile.Row> before = kept(tenant);
          Map<String, ConfigurationFile.Row> old = new LinkedHashMap<>();
          before.forEach(r -> old.put(r.key(), r));
          String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
          List<ConfigurationFile.Row> after = new ArrayList<>();
          TreeSet<String> set = new TreeSet<>();
          for (ConfigurationFile.Row r : rows) {
            ConfigurationFile.Row was = old.get(r.key());
            if (was != null && was.sameValue(r)) {
              after.add(was);
            } else {
              after.add(
                  new ConfigurationFile.Row(
                      r.key(), r.value(), r.unit(), r.source(), caller.username(), now));
              set.add(r.key());
            }
          }
          TreeSet<String> removed = new TreeSet<>(old.keySet());
          rows.forEach(r -> removed.remove(r.key()));
          if (set.isEmpty() && removed.isEmpty()) {
            return new LedgerChanges.Planned<>(null, () -> view(tenant, store.catalog()));
          }
          return new LedgerChanges.Planned<>(
              new LedgerChanges.Entry(
                  "ecosystem_configuration.changed",
                  "ecosystem_configuration",
                  tenant,
                  canonical(before),
                  canonical(after),
                  detail(set, removed)),
              () -> {
                ConfigurationFile.write(ledgers.folderOf(tenant), after);
                try {
                  ledgers.reopen(tenant, catalog);
                } catch (IOException | RuntimeException e) {
                  ConfigurationFile.write(ledgers.folderOf(tenant), before);
                  throw e;
                }
                return view(tenant, catalog);
              });
        });
  }

  private List<ConfigurationFile.Row> kept(String tenantId) {
    try {
      return ConfigurationFile.read(ledgers.folderOf(tenantId));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The values as text, by key: {@code key=value unit (source)} joined by new lines. */
  static String canonical(List<ConfigurationFile.Row> rows) {
    StringBuilder b = new StringBuilder();
    rows.stream()
        .sorted(Comparator.comparing(ConfigurationFile.Row::key))
        .forEach(
            r ->
                b.append(r.key())
                    .append('=')
                    .append(r.value())
                    .append(' ')
                    .append(r.unit())
                    .append(" (")
                    .append(r.source())
                    .append(")\n"));
    return b.toString();
  }

  /** What changed, in a sentence that fits the audit trail's detail. */
  private static String detail(TreeSet<String> set, TreeSet<String> removed) {
    StringBuilder b = new StringBuilder("for events counted from now on");
    if (!set.isEmpty()) {
      b.append("; set: ").append(String.join(", ", set));
    }
    if (!removed.isEmpty()) {
      b.append("; removed: ").append(String.join(", ", removed));
    }
    return b.length() <= 3900 ? b.toString() : b.substring(0, 3896) + " ...";
  }

  /**
   * The 422 problem of a refused configuration: each problem's English {@code message}, and beside
   * it its {@code code} and {@code arguments} where it has one.
   */
  private static ApiProblem refused(List<ConfigurationRefused.Item> problems) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (ConfigurationRefused.Item i : problems) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("message", i.message());
      if (i.sentence() != null) {
        m.putAll(ApiProblem.coded(i.sentence()));
      }
      list.add(m);
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("problems", list);
    return new ApiProblem(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "Configuration Refused",
        "the configuration was refused; nothing was stored: "
            + String.join("; ", problems.stream().map(ConfigurationRefused.Item::message).toList()),
        p);
  }
}
