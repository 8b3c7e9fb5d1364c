package org.scopeplus.store.city.ets;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.scopeplus.core.city.ets.AllocationMethod;
import org.scopeplus.core.city.ets.AllocationPlan;
import org.scopeplus.core.city.ets.AllocationRule;
import org.scopeplus.core.city.ets.Correction;
import org.scopeplus.core.city.ets.EtsAccount;
import org.scopeplus.core.city.ets.EtsLedger;
import org.scopeplus.core.city.ets.EtsOutcome;
import org.scopeplus.core.city.ets.EtsRules;
import org.scopeplus.core.city.ets.JournalEntry;
import org.scopeplus.core.city.ets.Posting;
import org.scopeplus.core.city.ets.Unit;
import org.scopeplus.core.city.ets.Verification;
import org.scopeplus.store.SingleRow;
import org.scopeplus.store.StoreFailure;
import org.scopeplus.store.audit.AuditTrail;
import org.scopeplus.store.audit.TenantLedger;
import org.scopeplus.store.audit.TenantLedger.Audited;

/**
 * The core's {@link EtsLedger} kept per tenant: loaded under a lock on the tenant row, the change
 * decided by the ledger, and only an accepted change stored, with its audit entry. Journal entries
 * are inserted with the next entry number and never updated or deleted.
 */
public final class KeepingEtsRegistry {

  private final TenantLedger kept = new TenantLedger();

  /** The tenant's rules: those set, or the national ETS's. */
  public EtsRules rules(Connection c, String tenantId) throws SQLException {
    return SingleRow.find(
            c,
            "SELECT offset_share, pre_allocation_share, deadline_years_after, deadline_day,"
                + " fine_min_yuan, fine_max_yuan, deduct_shortfall, penalty_ratio FROM ets_rules"
                + " WHERE tenant_id = ?",
            rs ->
                new EtsRules(
                    rs.getDouble(1),
                    rs.getDouble(2),
                    rs.getInt(3),
                    MonthDay.parse(rs.getString(4)),
                    rs.getLong(5),
                    rs.getLong(6),
                    rs.getBoolean(7),
                    rs.getDouble(8)),
            tenantId)
        .orElse(EtsRules.national());
  }

  /** Sets the tenant's rules; refused when they cannot be used. */
  public EtsOutcome<EtsRules> setRules(Connection c, String tenantId, EtsRules rules, String actor)
      throws SQLException {
    Optional<String> wrong = rules.refusal();
    if (wrong.isPresent()) {
      return new EtsOutcome.Refused<>(wrong.get());
    }
    kept.lock(c, tenantId);
    EtsRules before = rules(c, tenantId);
    boolean set =
        SingleRow.find(
                c,
                "SELECT tenant_id FROM ets_rules WHERE tenant_id = ?",
                rs -> rs.getString(1),
                tenantId)
            .isPresent();
    try (PreparedStatement ps =
        c.prepareStatement(
            set
                ? "UPDATE ets_rules SET offset_share = ?, pre_allocation_share = ?,"
                    + " deadline_years_after = ?, deadline_day = ?, fine_min_yuan = ?,"
                    + " fine_max_yuan = ?, deduct_shortfall = ?, created_by = ?, created_at = ?,"
                    + " penalty_ratio = ? WHERE tenant_id = ?"
                : "INSERT INTO ets_rules (offset_share, pre_allocation_share,"
                    + " deadline_years_after, deadline_day, fine_min_yuan, fine_max_yuan,"
                    + " deduct_shortfall, created_by, created_at, penalty_ratio, tenant_id) VALUES"
                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setDouble(1, rules.offsetShare());
      ps.setDouble(2, rules.preAllocationShare());
      ps.setInt(3, rules.deadlineYearsAfter());
      ps.setString(4, rules.deadline().toString());
      ps.setLong(5, rules.fineMinYuan());
      ps.setLong(6, rules.fineMaxYuan());
      ps.setBoolean(7, rules.deductShortfall());
      ps.setString(8, actor);
      ps.setTimestamp(9, TenantLedger.now());
      ps.setDouble(10, rules.penaltyRatio());
      ps.setString(11, tenantId);
      ps.executeUpdate();
    }
    new AuditTrail()
        .append(
            c,
            tenantId,
            actor,
            "ets.rules.set",
            "ets_rules",
            tenantId,
            set ? before.state() : AuditTrail.NO_STATE,
            rules.state(),
            "emissions-trading rules set: CCER share "
                + rules.offsetShare()
                + ", deadline "
                + rules.deadline()
                + " +"
                + rules.deadlineYearsAfter()
                + " year(s), shortfall deducted "
                + (rules.deductShortfall() ? "x " + rules.penaltyRatio() : "never"));
    return new EtsOutcome.Done<>(rules, null);
  }

  /** The tenant's registry as kept. */
  public EtsLedger ledger(Connection c, String tenantId) throws SQLException {
    List<EtsAccount> accounts =
        TenantLedger.rows(
            c,
            "SELECT id, name FROM ets_account WHERE tenant_id = ? ORDER BY created_at, id",
            tenantId,
            rs -> EtsAccount.enterprise(rs.getString(1), rs.getString(2)));
    List<AllocationPlan> plans =
        TenantLedger.rows(
            c,
            "SELECT enterprise, compliance_year, method, basis_output, scheme FROM ets_plan"
                + " WHERE tenant_id = ? ORDER BY enterprise, compliance_year",
            tenantId,
            rs ->
                new AllocationPlan(
                    rs.getString(1),
                    rs.getInt(2),
                    storedMethod(rs.getString(3)),
                    rs.getDouble(4),
                    rs.getString(5)));
    List<AllocationRule> allocationRules =
        TenantLedger.rows(
            c,
            "SELECT scheme, compliance_year, method, source FROM ets_allocation_rule WHERE"
                + " tenant_id = ? ORDER BY scheme, compliance_year",
            tenantId,
            rs ->
                new AllocationRule(
                    rs.getString(1), rs.getInt(2), storedMethod(rs.getString(3)), rs.getString(4)));
    List<Verification> verifications =
        TenantLedger.rows(
            c,
            "SELECT enterprise, compliance_year, emissions_t, output FROM ets_verification WHERE"
                + " tenant_id = ? ORDER BY enterprise, compliance_year",
            tenantId,
            rs -> new Verification(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getDouble(4)));
    return new EtsLedger(
        rules(c, tenantId), allocationRules, accounts, plans, verifications, journal(c, tenantId));
  }

  /** The tenant's journal in entry order. */
  public List<JournalEntry> journal(Connection c, String tenantId) throws SQLException {
    record Line(
        String id,
        JournalEntry.Kind kind,
        String enterprise,
        int year,
        LocalDate on,
        Posting posting,
        String memo,
        String reverses) {}
    List<Line> lines =
        TenantLedger.rows(
            c,
            "SELECT entry_id, kind, enterprise, compliance_year, entry_date, account, unit,"
                + " vintage, tonnes, memo, reverses FROM ets_journal WHERE tenant_id = ? ORDER BY"
                + " entry_no, line",
            tenantId,
            rs ->
                new Line(
                    rs.getString(1),
                    JournalEntry.Kind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getInt(4),
                    rs.getObject(5, LocalDate.class),
                    new Posting(
                        rs.getString(6),
                        Unit.valueOf(rs.getString(7)),
                        rs.getInt(8),
                        rs.getLong(9)),
                    rs.getString(10),
                    rs.getString(11)));
    Map<String, List<Line>> entries = new LinkedHashMap<>();
    for (Line l : lines) {
      entries.computeIfAbsent(l.id(), k -> new ArrayList<>()).add(l);
    }
    List<JournalEntry> out = new ArrayList<>();
    for (List<Line> e : entries.values()) {
      Line first = e.get(0);
      out.add(
          new JournalEntry(
              first.id(),
              first.kind(),
              first.enterprise(),
              first.year(),
              first.on(),
              e.stream().map(Line::posting).toList(),
              first.memo(),
              first.reverses()));
    }
    return out;
  }

  /** Opens an enterprise's account. */
  public EtsOutcome<EtsAccount> open(
      Connection c, String tenantId, String id, String name, String actor) throws SQLException {
    return change(
        c,
        tenantId,
        actor,
        l -> l.open(EtsAccount.enterprise(id, name)),
        (k, done) -> {
          EtsAccount a = done.value();
          try (PreparedStatement ps =
              k.prepareStatement(
                  "INSERT INTO ets_account (tenant_id, id, name, created_by, created_at) VALUES"
                      + " (?, ?, ?, ?, ?)")) {
            ps.setString(1, tenantId);
            ps.setString(2, a.id());
            ps.setString(3, a.name());
            ps.setString(4, actor);
            ps.setTimestamp(5, TenantLedger.now());
            ps.executeUpdate();
          }
          return List.of(
              Audited.created(
                  "ets.account.opened",
                  "ets_account",
                  a.id(),
                  a.state(),
                  "emissions-trading account " + a.id() + " opened for " + a.name()));
        });
  }

  /** Records an allocation plan. */
  public EtsOutcome<AllocationPlan> plan(
      Connection c, String tenantId, AllocationPlan plan, String actor) throws SQLException {
    return change(
        c,
        tenantId,
        actor,
        l -> l.plan(plan),
        (k, done) -> {
          try (PreparedStatement ps =
              k.prepareStatement(
                  "INSERT INTO ets_plan (tenant_id, enterprise, compliance_year, method,"
                      + " basis_output, created_by, created_at, scheme) VALUES (?, ?, ?, ?, ?, ?,"
                      + " ?, ?)")) {
            ps.setString(1, tenantId);
            ps.setString(2, plan.enterprise());
            ps.setInt(3, plan.year());
            ps.setString(4, plan.method().state());
            ps.setDouble(5, plan.basisOutput());
            ps.setString(6, actor);
            ps.setTimestamp(7, TenantLedger.now());
            ps.setString(8, plan.scheme());
            ps.executeUpdate();
          }
          return List.of(
              Audited.created(
                  "ets.plan.recorded",
                  "ets_plan",
                  plan.enterprise() + " " + plan.year(),
                  plan.state(),
                  "allocation plan of " + plan.enterprise() + " for " + plan.year() + " recorded"));
        });
  }

  /** Records verified emissions and output. */
  public EtsOutcome<Verification> verify(
      Connection c, String tenantId, Verification v, String actor) throws SQLException {
    return change(
        c,
        tenantId,
        actor,
        l -> l.verify(v),
        (k, done) -> {
          try (PreparedStatement ps =
              k.prepareStatement(
                  "INSERT INTO ets_verification (tenant_id, enterprise, compliance_year,"
                      + " emissions_t, output, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?,"
                      + " ?)")) {
            ps.setString(1, tenantId);
            ps.setString(2, v.enterprise());
            ps.setInt(3, v.year());
            ps.setLong(4, v.emissionsTonnes());
            ps.setDouble(5, v.output());
            ps.setString(6, actor);
            ps.setTimestamp(7, TenantLedger.now());
            ps.executeUpdate();
          }
          return List.of(
              Audited.created(
                  "ets.emissions.verified",
                  "ets_verification",
                  v.enterprise() + " " + v.year(),
                  v.state(),
                  v.emissionsTonnes() + " t verified for " + v.enterprise() + " in " + v.year()));
        });
  }

  /**
   * Makes one journal entry: {@code decide} gets the registry and a fresh entry id and gives the
   * ledger's outcome; an accepted entry is appended with its audit entry.
   */
  public EtsOutcome<JournalEntry> entry(
      Connection c,
      String tenantId,
      String actor,
      java.util.function.BiFunction<EtsLedger, String, EtsOutcome<JournalEntry>> decide)
      throws SQLException {
    String id = UUID.randomUUID().toString();
    return change(
        c,
        tenantId,
        actor,
        l -> decide.apply(l, id),
        (k, done) -> {
          JournalEntry e = done.value();
          insert(k, tenantId, done.ledger().journal().size(), e, actor);
          return List.of(
              entryAudit("ets." + e.kind().name().toLowerCase(java.util.Locale.ROOT), e));
        });
  }

  /**
   * Corrects an entry: {@code decide} gets the registry and two fresh entry ids (the reversal's and
   * the corrected entry's) and gives the ledger's outcome; the accepted entries are appended, each
   * with its audit entry naming the reason.
   */
  public EtsOutcome<Correction> correct(
      Connection c,
      String tenantId,
      String actor,
      TriFunction<EtsLedger, String, String, EtsOutcome<Correction>> decide)
      throws SQLException {
    String reversal = UUID.randomUUID().toString();
    String corrected = UUID.randomUUID().toString();
    return change(
        c,
        tenantId,
        actor,
        l -> decide.apply(l, reversal, corrected),
        (k, done) -> {
          Correction x = done.value();
          List<JournalEntry> made = new ArrayList<>();
          made.add(x.reversal());
          x.corrected().ifPresent(made::add);
          int no = done.ledger().journal().size() - made.size();
          List<Audited> audit = new ArrayList<>();
          for (JournalEntry e : made) {
            insert(k, tenantId, ++no, e, actor);
            audit.add(
                entryAudit(
                    e.kind() == JournalEntry.Kind.REVERSAL ? "ets.reversal" : "ets.correction", e));
          }
          return audit;
        });
  }

  /** A function of three arguments. */
  @FunctionalInterface
  public interface TriFunction<A, B, C, R> {
    R apply(A a, B b, C c);
  }

  /** Sets (or replaces) an allocation rule of a scheme and year. */
  public EtsOutcome<AllocationRule> setAllocationRule(
      Connection c, String tenantId, AllocationRule rule, String actor) throws SQLException {
    return change(
        c,
        tenantId,
        actor,
        l -> l.setAllocationRule(rule),
        (k, done) -> {
          Optional<String> before =
              SingleRow.find(
                  k,
                  "SELECT method, source FROM ets_allocation_rule WHERE tenant_id = ? AND scheme"
                      + " = ? AND CAST(compliance_year AS VARCHAR(4)) = ?",
                  rs ->
                      rule.scheme()
                          + "|"
                          + rule.year()
                          + "|"
                          + rs.getString(1)
                          + "|"
                          + rs.getString(2),
                  tenantId,
                  rule.scheme(),
                  String.valueOf(rule.year()));
          if (before.isPresent()) {
            try (PreparedStatement ps =
                k.prepareStatement(
                    "DELETE FROM ets_allocation_rule WHERE tenant_id = ? AND scheme = ? AND"
                        + " compliance_year = ?")) {
              ps.setString(1, tenantId);
              ps.setString(2, rule.scheme());
              ps.setInt(3, rule.year());
              ps.executeUpdate();
            }
          }
          try (PreparedStatement ps =
              k.prepareStatement(
                  "INSERT INTO ets_allocation_rule (tenant_id, scheme, compliance_year, method,"
                      + " source, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, tenantId);
            ps.setString(2, rule.scheme());
            ps.setInt(3, rule.year());
            ps.setString(4, rule.method().state());
            ps.setString(5, rule.source());
            ps.setString(6, actor);
            ps.setTimestamp(7, TenantLedger.now());
            ps.executeUpdate();
          }
          String what =
              "allocation rule of "
                  + rule.scheme()
                  + " for "
                  + rule.year()
                  + ": "
                  + rule.method().state();
          return List.of(
              before.isPresent()
                  ? new Audited(
                      "ets.allocation-rule.replaced",
                      "ets_allocation_rule",
                      rule.scheme() + " " + rule.year(),
                      before.get(),
                      rule.state(),
                      what + " (replaced)")
                  : Audited.created(
                      "ets.allocation-rule.set",
                      "ets_allocation_rule",
                      rule.scheme() + " " + rule.year(),
                      rule.state(),
                      what));
        });
  }

  private static void insert(Connection k, String tenantId, int no, JournalEntry e, String actor)
      throws SQLException {
    Timestamp at = TenantLedger.now();
    int line = 0;
    for (Posting p : e.postings()) {
      try (PreparedStatement ps =
          k.prepareStatement(
              "INSERT INTO ets_journal (tenant_id, entry_no, line, entry_id, kind, enterprise,"
                  + " compliance_year, entry_date, account, unit, vintage, tonnes, memo,"
                  + " created_by, created_at, reverses) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?, ?, ?, ?)")) {
        ps.setString(1, tenantId);
        ps.setInt(2, no);
        ps.setInt(3, line++);
        ps.setString(4, e.id());
        ps.setString(5, e.kind().name());
        ps.setString(6, e.enterprise());
        ps.setInt(7, e.complianceYear());
        ps.setDate(8, Date.valueOf(e.on()));
        ps.setString(9, p.account());
        ps.setString(10, p.unit().name());
        ps.setInt(11, p.vintage());
        ps.setLong(12, p.tonnes());
        ps.setString(13, e.memo());
        ps.setString(14, actor);
        ps.setTimestamp(15, at);
        ps.setString(16, e.reverses());
        ps.executeUpdate();
      }
    }
  }

  private <T> EtsOutcome<T> change(
      Connection c,
      String tenantId,
      String actor,
      Function<EtsLedger, EtsOutcome<T>> decide,
      TenantLedger.Keep<EtsOutcome.Done<T>> keep)
      throws SQLException {
    return kept.change(
        c,
        tenantId,
        actor,
        k -> ledger(k, tenantId),
        decide,
        o -> o instanceof EtsOutcome.Done<T> d ? Optional.of(d) : Optional.empty(),
        keep);
  }

  /** A stored allocation method; a value no release wrote is a broken store, not a user's error. */
  private static AllocationMethod storedMethod(String method) {
    return AllocationMethod.parse(method)
        .orElseThrow(() -> new StoreFailure("unreadable allocation method " + method));
  }

  /** The audit entry of a journal entry appended under this action. */
  private static Audited entryAudit(String action, JournalEntry e) {
    return Audited.created(
        action,
        "ets_journal",
        e.id(),
        e.state(),
        e.kind() + " for " + e.enterprise() + " " + e.complianceYear() + ": " + e.memo());
  }
}
