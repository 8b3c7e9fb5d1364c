package org.scopeplus.core.city.ets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A city's emissions-trading registry: its rules, accounts, allocation plans, verifications and the
 * journal of balanced entries. Every change either gives a new ledger with one more entry (or
 * account, plan, verification) or is refused with its reason and changes nothing. After any
 * sequence of changes the enterprise accounts together hold exactly what the issuance account has
 * issued less what the cancellation account has received, and no account holds less than nothing.
 * Quantities are whole tonnes from 1 to {@link #MAX_TONNES}; all sums are exact ({@link
 * Math#addExact}).
 */
public final class EtsLedger {

  /** The largest quantity of one operation: 1e12 t, twenty times the world's yearly emissions. */
  public static final long MAX_TONNES = 1_000_000_000_000L;

  private static final int FIRST_YEAR = 2005;
  private static final int LAST_YEAR = 2100;

  private record Holding(String account, Unit unit, int vintage) {}

  private final EtsRules rules;
  private final Map<String, EtsAccount> accounts;
  private final Map<String, AllocationPlan> plans;
  private final Map<String, Verification> verifications;
  private final Map<String, AllocationRule> allocationRules;
  private final List<JournalEntry> journal;
  private final Map<Holding, Long> balances;

  /** The registry as kept, without allocation rules; the journal is replayed into balances. */
  public EtsLedger(
      EtsRules rules,
      Collection<EtsAccount> accounts,
      Collection<AllocationPlan> plans,
      Collection<Verification> verifications,
      List<JournalEntry> journal) {
    this(rules, List.of(), accounts, plans, verifications, journal);
  }

  /** The registry as kept; the journal is replayed into balances. */
  public EtsLedger(
      EtsRules rules,
      Collection<AllocationRule> allocationRules,
      Collection<EtsAccount> accounts,
      Collection<AllocationPlan> plans,
      Collection<Verification> verifications,
      List<JournalEntry> journal) {
    this.rules = rules;
    this.allocationRules = new LinkedHashMap<>();
    allocationRules.forEach(r -> this.allocationRules.put(key(r.scheme(), r.year()), r));
    this.accounts = new LinkedHashMap<>();
    this.accounts.put(EtsAccount.ISSUANCE, EtsAccount.issuance());
    this.accounts.put(EtsAccount.CANCELLATION, EtsAccount.cancellation());
    accounts.forEach(a -> this.accounts.put(a.id(), a));
    this.plans = new LinkedHashMap<>();
    plans.forEach(p -> this.plans.put(key(p.enterprise(), p.year()), p));
    this.verifications = new LinkedHashMap<>();
    verifications.forEach(v -> this.verifications.put(key(v.enterprise(), v.year()), v));
    this.journal = List.copyOf(journal);
    this.balances = new HashMap<>();
    for (JournalEntry e : journal) {
      post(balances, e);
    }
  }

  private EtsLedger(EtsLedger from, List<JournalEntry> journal, Map<Holding, Long> balances) {
    this.rules = from.rules;
    this.accounts = from.accounts;
    this.plans = from.plans;
    this.verifications = from.verifications;
    this.allocationRules = from.allocationRules;
    this.journal = journal;
    this.balances = balances;
  }

  public static EtsLedger empty(EtsRules rules) {
    return new EtsLedger(rules, List.of(), List.of(), List.of(), List.of());
  }

  public EtsRules rules() {
    return rules;
  }

  /** The enterprise accounts, in the order opened. */
  public List<EtsAccount> enterprises() {
    return accounts.values().stream().filter(a -> a.kind() == EtsAccount.Kind.ENTERPRISE).toList();
  }

  public Optional<EtsAccount> account(String id) {
    return Optional.ofNullable(accounts.get(id));
  }

  public List<AllocationPlan> plans() {
    return List.copyOf(plans.values());
  }

  public Optional<AllocationPlan> plan(String enterprise, int year) {
    return Optional.ofNullable(plans.get(key(enterprise, year)));
  }

  public List<Verification> verifications() {
    return List.copyOf(verifications.values());
  }

  public Optional<Verification> verification(String enterprise, int year) {
    return Optional.ofNullable(verifications.get(key(enterprise, year)));
  }

  public List<JournalEntry> journal() {
    return journal;
  }

  /** Tonnes of {@code unit} in {@code account}, all vintages. */
  public long balance(String account, Unit unit) {
    long t = 0;
    for (var e : balances.entrySet()) {
      if (e.getKey().account().equals(account) && e.getKey().unit() == unit) {
        t = Math.addExact(t, e.getValue());
      }
    }
    return t;
  }

  /**
   * Tonnes of {@code unit} in {@code account} by vintage, oldest first, empty vintages left out.
   */
  public Map<Integer, Long> holdings(String account, Unit unit) {
    Map<Integer, Long> out = new TreeMap<>();
    balances.forEach(
        (h, t) -> {
          if (h.account().equals(account) && h.unit() == unit && t != 0) {
            out.put(h.vintage(), t);
          }
        });
    return out;
  }

  /** Every enterprise account's balance of {@code unit}, summed. */
  public long held(Unit unit) {
    long t = 0;
    for (var e : balances.entrySet()) {
      if (e.getKey().unit() == unit
          && accounts.get(e.getKey().account()).kind() == EtsAccount.Kind.ENTERPRISE) {
        t = Math.addExact(t, e.getValue());
      }
    }
    return t;
  }

  /** Tonnes of {@code unit} issued into the registry so far. */
  public long issued(Unit unit) {
    return Math.negateExact(balance(EtsAccount.ISSUANCE, unit));
  }

  /** Tonnes of {@code unit} cancelled (surrendered or clawed back) so far. */
  public long cancelled(Unit unit) {
    return balance(EtsAccount.CANCELLATION, unit);
  }

  /**
   * Allowances allocated to {@code enterprise} for {@code year}: issued, net of claw-backs, of
   * shortfall deductions from this year's allocation, and of reversals.
   */
  public long allocated(String enterprise, int year) {
    return allocated(enterprise, year, true);
  }

  /**
   * Tonnes deducted from {@code enterprise}'s allocation for {@code year} for an earlier shortfall.
   */
  public long deducted(String enterprise, int year) {
    return Math.subtractExact(
        allocated(enterprise, year, false), allocated(enterprise, year, true));
  }

  private long allocated(String enterprise, int year, boolean withDeductions) {
    Map<String, JournalEntry.Kind> kinds = kinds();
    long t = 0;
    for (JournalEntry e : journal) {
      JournalEntry.Kind k = kindOf(e, kinds);
      if (e.enterprise().equals(enterprise)
          && e.complianceYear() == year
          && (k == JournalEntry.Kind.PRE_ALLOCATION
              || k == JournalEntry.Kind.TRUE_UP_ISSUANCE
              || k == JournalEntry.Kind.CLAW_BACK
              || (withDeductions && k == JournalEntry.Kind.SHORTFALL_DEDUCTION))) {
        t = Math.addExact(t, e.into(enterprise, Unit.ALLOWANCE));
      }
    }
    return t;
  }

  /** Tonnes of {@code unit} {@code enterprise} surrendered for {@code year}, net of reversals. */
  public long surrendered(String enterprise, int year, Unit unit) {
    Map<String, JournalEntry.Kind> kinds = kinds();
    long t = 0;
    for (JournalEntry e : journal) {
      if (kindOf(e, kinds) == JournalEntry.Kind.SURRENDER
          && e.enterprise().equals(enterprise)
          && e.complianceYear() == year) {
        t = Math.addExact(t, Math.negateExact(e.into(enterprise, unit)));
      }
    }
    return t;
  }

  /** The entries that move units into or out of {@code account}, in journal order. */
  public List<JournalEntry> history(String account) {
    return journal.stream()
        .filter(e -> e.postings().stream().anyMatch(p -> p.account().equals(account)))
        .toList();
  }

  /** The ids of entries a reversal has undone. */
  public java.util.Set<String> reversed() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (JournalEntry e : journal) {
      if (e.reverses() != null) {
        out.add(e.reverses());
      }
    }
    return out;
  }

  private Map<String, JournalEntry.Kind> kinds() {
    Map<String, JournalEntry.Kind> out = new HashMap<>();
    journal.forEach(e -> out.put(e.id(), e.kind()));
    return out;
  }

  /** The kind of an entry; for a reversal, the kind of the entry it undoes. */
  private static JournalEntry.Kind kindOf(JournalEntry e, Map<String, JournalEntry.Kind> kinds) {
    return e.kind() == JournalEntry.Kind.REVERSAL ? kinds.get(e.reverses()) : e.kind();
  }

  /** The allocation rules, by scheme and year. */
  public List<AllocationRule> allocationRules() {
    return List.copyOf(allocationRules.values());
  }

  public Optional<AllocationRule> allocationRule(String scheme, int year) {
    return Optional.ofNullable(allocationRules.get(key(scheme, year)));
  }

  /**
   * Sets the allocation rule of a scheme and year, replacing the one set before; refused when the
   * rule cannot be used or would allocate a plan of the scheme more than 1e12 t.
   */
  public EtsOutcome<AllocationRule> setAllocationRule(AllocationRule rule) {
    Optional<String> wrong = rule.refusal();
    if (wrong.isPresent()) {
      return refused(wrong.get());
    }
    for (AllocationPlan p : plans.values()) {
      if (rule.scheme().equals(p.scheme()) && p.year() == rule.year()) {
        Optional<String> tooMany = tonnesOf(rule.method(), p.basisOutput()).refusal;
        if (tooMany.isPresent()) {
          return refused("the plan of " + p.enterprise() + ": " + tooMany.get());
        }
      }
    }
    Map<String, AllocationRule> next = new LinkedHashMap<>(allocationRules);
    next.put(key(rule.scheme(), rule.year()), rule);
    return new EtsOutcome.Done<>(
        rule,
        new EtsLedger(
            rules,
            next.values(),
            accounts.values(),
            plans.values(),
            verifications.values(),
            journal));
  }

  /** The method a plan is allocated by now: its scheme's rule, or its own method. */
  public AllocationMethod methodOf(AllocationPlan plan) {
    if (plan.scheme() == null) {
      return plan.method();
    }
    AllocationRule r = allocationRules.get(key(plan.scheme(), plan.year()));
    return r == null ? plan.method() : r.method();
  }

  /** Opens an enterprise's account. */
  public EtsOutcome<EtsAccount> open(EtsAccount account) {
    if (account.kind() != EtsAccount.Kind.ENTERPRISE) {
      return refused("only enterprise accounts are opened; the authority's accounts exist already");
    }
    Optional<String> wrong = account.refusal();
    if (wrong.isPresent()) {
      return refused(wrong.get());
    }
    if (accounts.containsKey(account.id())) {
      return refused("account " + account.id() + " exists already");
    }
    Map<String, EtsAccount> next = new LinkedHashMap<>(accounts);
    next.put(account.id(), account);
    return new EtsOutcome.Done<>(
        account,
        new EtsLedger(
            rules,
            allocationRules.values(),
            next.values(),
            plans.values(),
            verifications.values(),
            journal));
  }

  /** Records how an enterprise is allocated for a year; one plan per enterprise and year. */
  public EtsOutcome<AllocationPlan> plan(AllocationPlan plan) {
    Optional<String> wrong =
        enterpriseRefusal(plan.enterprise())
            .or(() -> yearRefusal(plan.year()))
            .or(() -> plan.method().refusal())
            .or(() -> AllocationMethod.outputRefusal(plan.basisOutput()));
    if (wrong.isPresent()) {
      return refused(wrong.get());
    }
    if (plans.containsKey(key(plan.enterprise(), plan.year()))) {
      return refused(
          "enterprise " + plan.enterprise() + " has an allocation plan for " + plan.year());
    }
    if (plan.scheme() != null && !allocationRules.containsKey(key(plan.scheme(), plan.year()))) {
      return refused(
          "no allocation rule for scheme " + plan.scheme() + " in " + plan.year() + " is set");
    }
    Optional<String> tooMany = tonnesOf(methodOf(plan), plan.basisOutput()).refusal;
    if (tooMany.isPresent()) {
      return refused(tooMany.get());
    }
    List<AllocationPlan> next = new ArrayList<>(plans.values());
    next.add(plan);
    return new EtsOutcome.Done<>(
        plan,
        new EtsLedger(
            rules,
            allocationRules.values(),
            accounts.values(),
            next,
            verifications.values(),
            journal));
  }

  /** Records the verified emissions and output of an enterprise's year; recorded once. */
  public EtsOutcome<Verification> verify(Verification v) {
    Optional<String> wrong =
        enterpriseRefusal(v.enterprise())
            .or(() -> yearRefusal(v.year()))
            .or(() -> AllocationMethod.outputRefusal(v.output()));
    if (wrong.isPresent()) {
      return refused(wrong.get());
    }
    if (v.emissionsTonnes() < 0 || v.emissionsTonnes() > MAX_TONNES) {
      return refused("verified emissions are between 0 and 1e12 t");
    }
    if (verifications.containsKey(key(v.enterprise(), v.year()))) {
      return refused(
          "the emissions of " + v.enterprise() + " for " + v.year() + " are verified already");
    }
    List<Verification> next = new ArrayList<>(verifications.values());
    next.add(v);
    return new EtsOutcome.Done<>(
        v,
        new EtsLedger(
            rules, allocationRules.values(), accounts.values(), plans.values(), next, journal));
  }

  /**
   * Issues the pre-allocation of an enterprise's year: the rules' share of the plan's allocation on
   * its basis output, rounded half up to whole tonnes; once per enterprise and year.
   */
  public EtsOutcome<JournalEntry> preAllocate(
      String id, String enterprise, int year, LocalDate on) {
    AllocationPlan plan = plans.get(key(enterprise, year));
    if (plan == null) {
      return refused(
          "enterprise " + enterprise + " has no allocation plan for " + year + " to pre-allocate");
    }
    java.util.Set<String> undone = reversed();
    for (JournalEntry e : journal) {
      if (e.kind() == JournalEntry.Kind.PRE_ALLOCATION
          && e.enterprise().equals(enterprise)
          && e.complianceYear() == year
          && !undone.contains(e.id())) {
        return refused("the " + year + " allowances of " + enterprise + " are pre-allocated");
      }
    }
    long full = tonnesOf(methodOf(plan), plan.basisOutput()).tonnes;
    long pre =
        java.math.BigDecimal.valueOf(full)
            .multiply(java.math.BigDecimal.valueOf(rules.preAllocationShare()))
            .setScale(0, java.math.RoundingMode.HALF_UP)
            .longValueExact();
    if (pre == 0) {
      return refused("the pre-allocation of " + enterprise + " for " + year + " is 0 t");
    }
    return add(
        new JournalEntry(
            id,
            JournalEntry.Kind.PRE_ALLOCATION,
            enterprise,
            year,
            on,
            List.of(
                new Posting(enterprise, Unit.ALLOWANCE, year, pre),
                new Posting(EtsAccount.ISSUANCE, Unit.ALLOWANCE, year, -pre)),
            rules.preAllocationShare()
                + " x "
                + full
                + " t on basis output "
                + plan.basisOutput()));
  }

  /**
   * Settles an enterprise's year after verification: the plan's allocation on the verified output
   * less what was issued for the year so far; more is issued, or the excess is clawed back from the
   * enterprise's allowances of that vintage (refused when it holds fewer).
   */
  public EtsOutcome<JournalEntry> trueUp(String id, String enterprise, int year, LocalDate on) {
    AllocationPlan plan = plans.get(key(enterprise, year));
    if (plan == null) {
      return refused("enterprise " + enterprise + " has no allocation plan for " + year);
    }
    Verification v = verifications.get(key(enterprise, year));
    if (v == null) {
      return refused(
          "the "
              + year
              + " output of "
              + enterprise
              + " is not verified yet: the true-up follows verification");
    }
    AllocationMethod method = methodOf(plan);
    double basis = method.usesVerifiedOutput() ? v.output() : plan.basisOutput();
    Sized due = tonnesOf(method, basis);
    if (due.refusal.isPresent()) {
      return refused(due.refusal.get());
    }
    long issued = allocated(enterprise, year, false);
    long delta = Math.subtractExact(due.tonnes, issued);
    if (delta == 0) {
      return refused(
          "the " + year + " allocation of " + enterprise + " already matches its verified output");
    }
    String memo =
        "final "
            + due.tonnes
            + " t on "
            + (method.usesVerifiedOutput() ? "verified output " : "historical emissions ")
            + basis
            + ", issued "
            + issued;
    if (delta > 0) {
      return add(
          new JournalEntry(
              id,
              JournalEntry.Kind.TRUE_UP_ISSUANCE,
              enterprise,
              year,
              on,
              List.of(
                  new Posting(enterprise, Unit.ALLOWANCE, year, delta),
                  new Posting(EtsAccount.ISSUANCE, Unit.ALLOWANCE, year, -delta)),
              memo));
    }
    long back = -delta;
    long held = balances.getOrDefault(new Holding(enterprise, Unit.ALLOWANCE, year), 0L);
    if (held < back) {
      return refused(
          "the true-up claws back "
              + back
              + " t of "
              + year
              + " allowances but "
              + enterprise
              + " holds "
              + held
              + " t of them");
    }
    return add(
        new JournalEntry(
            id,
            JournalEntry.Kind.CLAW_BACK,
            enterprise,
            year,
            on,
            List.of(
                new Posting(enterprise, Unit.ALLOWANCE, year, -back),
                new Posting(EtsAccount.CANCELLATION, Unit.ALLOWANCE, year, back)),
            memo));
  }

  /** Credits CCER of a vintage to an enterprise from the offset registry. */
  public EtsOutcome<JournalEntry> issueOffsets(
      String id, String enterprise, int vintage, long tonnes, LocalDate on, String memo) {
    Optional<String> wrong =
        enterpriseRefusal(enterprise).or(() -> yearRefusal(vintage)).or(() -> quantity(tonnes));
    if (wrong.isPresent()) {
      return refused(wrong.get());
    }
    return add(
        new JournalEntry(
            id,
            JournalEntry.Kind.OFFSET_ISSUANCE,
            enterprise,
            vintage,
            on,
            List.of(
                new Posting(enterprise, Unit.CCER, vintage, tonnes),
                new Posting(EtsAccount.ISSUANCE, Unit.CCER, vintage, -tonnes)),
            memo == null ? "" : memo));
  }

  /** Moves units of one vintage from one enterprise to another. */
  public EtsOutcome<JournalEntry> transfer(
      String id, String from, String to, Unit unit, int vintage, long tonnes, LocalDate on) {
    Optional<String> wrong =
        enterpriseRefusal(from)
            .or(() -> enterpriseRefusal(to))
            .or(() -> yearRefusal(vintage))
            .or(() -> quantity(tonnes));
    if (wrong.isPresent()) {
      return refused(wrong.get());
    }
    if (from.equals(to)) {
      return refused("a transfer goes to another account");
    }
    long held = balances.getOrDefault(new Holding(from, unit, vintage), 0L);
    if (held < tonnes) {
      return refused(
          "transfer of "
              + tonnes
              + " t of "
              + vintage
              + " "
              + unit
              + " refused: "
              + from
              + " holds "
              + held
              + " t of them");
    }
    return add(
        new JournalEntry(
            id,
            JournalEntry.Kind.TRANSFER,
            from,
            vintage,
            on,
            List.of(
                new Posting(from, unit, vintage, -tonnes), new Posting(to, unit, vintage, tonnes)),
            "to " + to));
  }

  /**
   * Surrenders allowances (of the year's vintage or earlier, oldest first) and CCER (any vintage,
   * oldest first) for a compliance year. Refused after the deadline, before verification, beyond
   * holdings, beyond the verified emissions still open, and when the CCER surrendered for the year
   * would exceed the rules' share of verified emissions (rounded down to whole tonnes).
   */
  public EtsOutcome<JournalEntry> surrender(
      String id, String enterprise, int year, long allowances, long ccer, LocalDate on) {
    Optional<String> wrong = enterpriseRefusal(enterprise).or(() -> yearRefusal(year));
    if (wrong.isPresent()) {
      return refused(wrong.get());
    }
    if (allowances < 0 || ccer < 0 || allowances > MAX_TONNES || ccer > MAX_TONNES) {
      return refused("a surrender is of 0 to 1e12 t of allowances and of CCER each");
    }
    if (allowances == 0 && ccer == 0) {
      return refused("a surrender is of at least 1 t");
    }
    LocalDate deadline = rules.deadlineOf(year);
    if (on.isAfter(deadline)) {
      return refused(
          "the surrender deadline for " + year + " was " + deadline + "; it is " + on + " now");
    }
    Verification v = verifications.get(key(enterprise, year));
    if (v == null) {
      return refused(
          "the "
              + year
              + " emissions of "
              + enterprise
              + " are not verified yet: the obligation follows verification");
    }
    long before =
        Math.addExact(
            surrendered(enterprise, year, Unit.ALLOWANCE),
            surrendered(enterprise, year, Unit.CCER));
    long open = v.emissionsTonnes() - before;
    long asked = Math.addExact(allowances, ccer);
    if (asked > open) {
      return refused(
          "a surrender of "
              + asked
              + " t exceeds the "
              + open
              + " t of verified "
              + year
              + " emissions still to surrender");
    }
    long limit =
        java.math.BigDecimal.valueOf(v.emissionsTonnes())
            .multiply(java.math.BigDecimal.valueOf(rules.offsetShare()))
            .setScale(0, java.math.RoundingMode.FLOOR)
            .longValueExact();
    long offsetsBefore = surrendered(enterprise, year, Unit.CCER);
    if (Math.addExact(offsetsBefore, ccer) > limit) {
      return refused(
          "CCER may cover at most "
              + rules.offsetShare() * 100
              + "% of verified emissions, "
              + limit
              + " t for "
              + year
              + "; "
              + offsetsBefore
              + " t are surrendered already and "
              + ccer
              + " t more are asked");
    }
    List<Posting> postings = new ArrayList<>();
    Optional<String> shortA = draw(postings, enterprise, Unit.ALLOWANCE, allowances, year);
    if (shortA.isPresent()) {
      return refused(shortA.get());
    }
    Optional<String> shortC = draw(postings, enterprise, Unit.CCER, ccer, LAST_YEAR);
    if (shortC.isPresent()) {
      return refused(shortC.get());
    }
    return add(
        new JournalEntry(
            id,
            JournalEntry.Kind.SURRENDER,
            enterprise,
            year,
            on,
            postings,
            allowances + " t allowances, " + ccer + " t CCER"));
  }

  /** The compliance of an enterprise for a year as of {@code on}. */
  public Compliance compliance(String enterprise, int year, LocalDate on) {
    Verification v = verifications.get(key(enterprise, year));
    if (v == null) {
      return new Compliance.NotVerified(enterprise, year);
    }
    long surrendered =
        Math.addExact(
            surrendered(enterprise, year, Unit.ALLOWANCE),
            surrendered(enterprise, year, Unit.CCER));
    if (surrendered >= v.emissionsTonnes()) {
      return new Compliance.Compliant(enterprise, year, v.emissionsTonnes(), surrendered);
    }
    LocalDate deadline = rules.deadlineOf(year);
    if (!on.isAfter(deadline)) {
      return new Compliance.Due(enterprise, year, v.emissionsTonnes(), surrendered, deadline);
    }
    long shortfall = v.emissionsTonnes() - surrendered;
    return new Compliance.Shortfall(
        enterprise,
        year,
        v.emissionsTonnes(),
        surrendered,
        shortfall,
        rules.fineMinYuan(),
        rules.fineMaxYuan(),
        rules.deductionOf(shortfall));
  }

  /**
   * Posts the deduction for an enterprise's shortfall of {@code year} (after its deadline): the
   * shortfall times the rules' penalty ratio, taken from its allowances of vintage {@code year + 1}
   * into cancellation, so its allocation for the next year is that much smaller (等量核减). Once per
   * enterprise and year; refused when the rules deduct nothing, when there is no shortfall, or
   * while the enterprise holds fewer allowances of the next year than the deduction.
   */
  public EtsOutcome<JournalEntry> deductShortfall(
      String id, String enterprise, int year, LocalDate on) {
    Optional<String> wrong =
        enterpriseRefusal(enterprise).or(() -> yearRefusal(year)).or(() -> yearRefusal(year + 1));
    if (wrong.isPresent()) {
      return refused(wrong.get());
    }
    if (!rules.deductShortfall()) {
      return refused("the rules deduct no shortfall from the next year's allocation");
    }
    if (!(compliance(enterprise, year, on) instanceof Compliance.Shortfall s)) {
      return refused(
          enterprise
              + " has no shortfall for "
              + year
              + " on "
              + on
              + ": a deduction follows a shortfall after the deadline "
              + rules.deadlineOf(year));
    }
    java.util.Set<String> undone = reversed();
    for (JournalEntry e : journal) {
      if (e.kind() == JournalEntry.Kind.SHORTFALL_DEDUCTION
          && e.enterprise().equals(enterprise)
          && e.complianceYear() == year + 1
          && !undone.contains(e.id())) {
        return refused("the " + year + " shortfall of " + enterprise + " is deducted already");
      }
    }
    long tonnes = s.nextYearDeduction();
    long held = balances.getOrDefault(new Holding(enterprise, Unit.ALLOWANCE, year + 1), 0L);
    if (held < tonnes) {
      return refused(
          "the deduction of "
              + tonnes
              + " t from the "
              + (year + 1)
              + " allocation of "
              + enterprise
              + " waits until it holds that many "
              + (year + 1)
              + " allowances; it holds "
              + held
              + " t");
    }
    return add(
        new JournalEntry(
            id,
            JournalEntry.Kind.SHORTFALL_DEDUCTION,
            enterprise,
            year + 1,
            on,
            List.of(
                new Posting(enterprise, Unit.ALLOWANCE, year + 1, -tonnes),
                new Posting(EtsAccount.CANCELLATION, Unit.ALLOWANCE, year + 1, tonnes)),
            "shortfall of "
                + s.shortfallTonnes()
                + " t for "
                + year
                + " x penalty ratio "
                + rules.penaltyRatio()));
  }

  /**
   * Corrects an entry: posts its exact opposite (a reversal naming the entry and the reason) and,
   * when {@code correctedTonnes} is given, the entry again with that quantity. Entries are never
   * changed in place. Refused for a reversal, for an entry reversed already, for a reason that is
   * blank or longer than 500 characters, when the reversal or the corrected entry would leave an
   * account holding less than nothing, and with a corrected quantity for a surrender (reverse it
   * and surrender again, so the surrender's own checks apply).
   */
  public EtsOutcome<Correction> correct(
      String reversalId,
      String correctedId,
      String entryId,
      Long correctedTonnes,
      String reason,
      LocalDate on) {
    if (reason == null || reason.isBlank() || reason.length() > 500) {
      return refused("a correction gives its reason in 1 to 500 characters");
    }
    JournalEntry wrongEntry = null;
    for (JournalEntry e : journal) {
      if (e.id().equals(entryId)) {
        wrongEntry = e;
      }
    }
    if (wrongEntry == null) {
      return refused("no journal entry " + entryId + " in the registry");
    }
    if (wrongEntry.kind() == JournalEntry.Kind.REVERSAL) {
      return refused("entry " + entryId + " is a reversal; correct the entry it reverses instead");
    }
    if (reversed().contains(entryId)) {
      return refused("entry " + entryId + " is reversed already");
    }
    if (correctedTonnes != null) {
      Optional<String> q = quantity(correctedTonnes);
      if (q.isPresent()) {
        return refused(q.get());
      }
      if (wrongEntry.kind() == JournalEntry.Kind.SURRENDER
          || wrongEntry.kind() == JournalEntry.Kind.SHORTFALL_DEDUCTION
          || wrongEntry.postings().size() != 2) {
        return refused(
            "a "
                + wrongEntry.kind()
                + " entry is corrected by reversing it and making it again, so its own checks"
                + " apply");
      }
    }
    JournalEntry reversal =
        new JournalEntry(
            reversalId,
            JournalEntry.Kind.REVERSAL,
            wrongEntry.enterprise(),
            wrongEntry.complianceYear(),
            on,
            wrongEntry.postings().stream()
                .map(p -> new Posting(p.account(), p.unit(), p.vintage(), -p.tonnes()))
                .toList(),
            "reverses " + entryId + ": " + reason,
            entryId);
    Optional<String> overdraw = overdraw(balances, reversal);
    if (overdraw.isPresent()) {
      return refused("the reversal of " + entryId + " refused: " + overdraw.get());
    }
    EtsLedger after = ((EtsOutcome.Done<JournalEntry>) add(reversal)).ledger();
    if (correctedTonnes == null) {
      return new EtsOutcome.Done<>(new Correction(reversal, Optional.empty()), after);
    }
    JournalEntry corrected =
        new JournalEntry(
            correctedId,
            wrongEntry.kind(),
            wrongEntry.enterprise(),
            wrongEntry.complianceYear(),
            on,
            wrongEntry.postings().stream()
                .map(
                    p ->
                        new Posting(
                            p.account(),
                            p.unit(),
                            p.vintage(),
                            Long.signum(p.tonnes()) * correctedTonnes))
                .toList(),
            "corrects " + entryId + ": " + reason);
    Optional<String> overdrawn = overdraw(after.balances, corrected);
    if (overdrawn.isPresent()) {
      return refused("the corrected entry refused: " + overdrawn.get());
    }
    EtsOutcome<JournalEntry> posted = after.add(corrected);
    if (posted instanceof EtsOutcome.Refused<JournalEntry> r) {
      return refused(r.reason());
    }
    return new EtsOutcome.Done<>(
        new Correction(reversal, Optional.of(corrected)),
        ((EtsOutcome.Done<JournalEntry>) posted).ledger());
  }

  /** Why {@code entry} would leave an account other than issuance holding less than nothing. */
  private static Optional<String> overdraw(Map<Holding, Long> balances, JournalEntry entry) {
    for (Posting p : entry.postings()) {
      if (p.account().equals(EtsAccount.ISSUANCE) || p.tonnes() >= 0) {
        continue;
      }
      long held = balances.getOrDefault(new Holding(p.account(), p.unit(), p.vintage()), 0L);
      if (held + p.tonnes() < 0) {
        return Optional.of(
            p.account()
                + " holds "
                + held
                + " t of "
                + p.vintage()
                + " "
                + p.unit()
                + " and "
                + -p.tonnes()
                + " t would leave it");
      }
    }
    return Optional.empty();
  }

  /** Adds postings drawing {@code tonnes} of {@code unit} of vintages up to {@code upTo}. */
  private Optional<String> draw(
      List<Posting> postings, String enterprise, Unit unit, long tonnes, int upTo) {
    if (tonnes == 0) {
      return Optional.empty();
    }
    long left = tonnes;
    long usable = 0;
    for (var h : holdings(enterprise, unit).entrySet()) {
      if (h.getKey() > upTo) {
        continue;
      }
      usable = Math.addExact(usable, h.getValue());
      long take = Math.min(left, h.getValue());
      if (take > 0 && left > 0) {
        postings.add(new Posting(enterprise, unit, h.getKey(), -take));
        postings.add(new Posting(EtsAccount.CANCELLATION, unit, h.getKey(), take));
        left -= take;
      }
    }
    if (left > 0) {
      return Optional.of(
          "a surrender of "
              + tonnes
              + " t of "
              + unit
              + " refused: "
              + enterprise
              + " holds "
              + usable
              + " t usable for "
              + (unit == Unit.ALLOWANCE ? "compliance year " + upTo : "surrender"));
    }
    return Optional.empty();
  }

  private EtsOutcome<JournalEntry> add(JournalEntry entry) {
    for (JournalEntry e : journal) {
      if (e.id().equals(entry.id())) {
        return refused("journal entry " + entry.id() + " exists already");
      }
    }
    Map<Holding, Long> next = new HashMap<>(balances);
    post(next, entry);
    for (var h : next.entrySet()) {
      if (h.getValue() < 0 && !h.getKey().account().equals(EtsAccount.ISSUANCE)) {
        throw new IllegalStateException("entry " + entry.id() + " overdraws " + h.getKey());
      }
    }
    List<JournalEntry> j = new ArrayList<>(journal);
    j.add(entry);
    return new EtsOutcome.Done<>(entry, new EtsLedger(this, List.copyOf(j), next));
  }

  private static void post(Map<Holding, Long> balances, JournalEntry e) {
    for (Posting p : e.postings()) {
      balances.merge(new Holding(p.account(), p.unit(), p.vintage()), p.tonnes(), Math::addExact);
    }
  }

  /** Tonnes of a method on an output, or why they cannot be given. */
  private record Sized(long tonnes, Optional<String> refusal) {}

  private static Sized tonnesOf(AllocationMethod method, double output) {
    try {
      long t = method.tonnes(output);
      if (t > MAX_TONNES) {
        return new Sized(0, Optional.of("an allocation of " + t + " t exceeds 1e12 t"));
      }
      return new Sized(t, Optional.empty());
    } catch (ArithmeticException e) {
      return new Sized(0, Optional.of("an allocation of more than 1e12 t is refused"));
    }
  }

  private Optional<String> enterpriseRefusal(String id) {
    EtsAccount a = id == null ? null : accounts.get(id);
    if (a == null) {
      return Optional.of("no account " + id + " in the registry");
    }
    if (a.kind() != EtsAccount.Kind.ENTERPRISE) {
      return Optional.of("account " + id + " is the authority's, not an enterprise's");
    }
    return Optional.empty();
  }

  private static Optional<String> yearRefusal(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      return Optional.of("a compliance year or vintage is between 2005 and 2100, not " + year);
    }
    return Optional.empty();
  }

  private static Optional<String> quantity(long tonnes) {
    if (tonnes < 1 || tonnes > MAX_TONNES) {
      return Optional.of("a quantity is a whole number of tonnes from 1 to 1e12, not " + tonnes);
    }
    return Optional.empty();
  }

  private static String key(String enterprise, int year) {
    return enterprise + "\u0000" + year;
  }

  private static <T> EtsOutcome<T> refused(String reason) {
    return new EtsOutcome.Refused<>(reason);
  }
}
