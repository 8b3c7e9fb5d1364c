package org.scopeplus.core.scope3plus;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.scopeplus.core.scope3plus.internal.ByteKeyIndex;
import org.scopeplus.core.scope3plus.internal.EventSlots;
import org.scopeplus.core.scope3plus.internal.ShortNameTable;

/**
 * The Scope 3+ rules, written once: which event counts, which is refused and why, and what a
 * counted event gives. Every engine calls it: the embedded {@link Ledger} with its own tables, the
 * Flink job with its keyed state; each only answers the questions of {@link State}.
 *
 * <p>The order of the checks is the rule:
 *
 * <ol>
 *   <li>{@link #assess}, needing no state: fields ({@code MISSING_FIELD}, {@code INVALID_TIME},
 *       {@code FIELD_TOO_LONG}), the methodology ({@code UNKNOWN_ACTION}, {@code
 *       METHODOLOGY_NOT_CONFIGURED}), the region ({@code REGION_NOT_COVERED}, {@code
 *       BUSINESS_AS_USUAL}), the quantities ({@code WRONG_QUANTITY_COUNT}, {@code UNKNOWN_UNIT},
 *       {@code WRONG_DIMENSION}, {@code INVALID_QUANTITY}), the ledger's window of time ({@code
 *       INVALID_TIME}), the vintages of the parameters ({@code VINTAGE_NOT_COVERED}, the event's
 *       year earlier than every vintage of a parameter; else each parameter of the event's year or
 *       the nearest earlier one, see {@link Methodology#parametersIn}), eligibility ({@code
 *       BELOW_MINIMUM}, {@code ABOVE_MAXIMUM}, {@code QUANTITY_ABOVE_BOUND}), then the grams
 *       ({@code OUT_OF_RANGE} beyond 2^53 g);
 *   <li>{@link #decide}, on the state of the ledger: a counted event id ({@code DUPLICATE_EVENT}),
 *       a claim or an action key held by a counted event ({@code ALREADY_CLAIMED}, see {@link
 *       Claiming}), the actor's daily cap ({@code DAILY_CAP_REACHED}), room for the programme and
 *       region names ({@code TOO_MANY_NAMES}), then the range of the points and of the ledger's
 *       sums ({@code OUT_OF_RANGE}).
 * </ol>
 *
 * <p>Only a counted event changes the state: it takes its id, its claim, its action key and a place
 * under its actor's daily cap. A refused event holds nothing: an event refused for its daily cap
 * does not hold the claim it names, so the next event claiming the same real-world action is judged
 * as if the refused one had never come; it counts when its own actor is under the cap. Decisions
 * follow the order events are offered in (the Flink job offers them in event-time, then id order).
 */
public final class Scope3PlusRules {

  /** Most distinct programme names a ledger holds (their index is 12 bits in a cell key). */
  public static final int MAX_PROGRAMMES = 4095;

  /** Most distinct region names a ledger holds, "" included (16 bits in a cell key). */
  public static final int MAX_REGIONS = 65_535;

  /** The first second the ledger counts: 2000-01-01T00:00:00Z. */
  public static final long MIN_SECOND = 946_684_800L;

  /** The first second after the ledger's window: 2100-01-01T00:00:00Z. */
  public static final long MAX_SECOND = 4_102_444_800L;

  /** The first year of the ledger's window. */
  public static final int FIRST_YEAR = 2000;

  /** The last year of the ledger's window. */
  public static final int LAST_YEAR = 2099;

  /**
   * Most grams one event may give: 2^53, beyond which a double no longer holds every whole gram
   * (about 9 Mt, far beyond any plausible single action).
   */
  public static final double MAX_EVENT_GRAMS = 9_007_199_254_740_992.0;

  /**
   * Most points one event may credit, in millionths of a point ({@link Points}), exclusive (2^62).
   */
  public static final long MAX_EVENT_POINTS = 1L << 62;

  /** Longest identifier, evidence or claim, in UTF-8 bytes. */
  public static final int MAX_KEY_BYTES = ByteKeyIndex.MAX_KEY_BYTES;

  /** Longest action, programme or region name, in UTF-8 bytes. */
  public static final int MAX_NAME_BYTES = ShortNameTable.MAX_BYTES;

  private final MethodologyCatalog catalog;
  private final ShortNameTable actions = new ShortNameTable(64);

  /** Per methodology, per region variant (0: its own regions; k: its k-th sub-region), per year. */
  private final double[][][][] coefficients;

  /** Per methodology, the UTF-8 bytes of its sub-regions with values of their own (see above). */
  private final byte[][][] subRegions;

  private final double[][][] unitFactors;
  private final boolean[] usable;
  private final boolean[] weak;
  private final double[] minimumFirst;
  private final double[] maximumSecond;
  private final double[][] maximumQuantity;
  private final int[] dailyCap;
  private final byte[][][] regions;
  private final boolean[][] regionGlobal;
  private final byte[][][] businessAsUsual;
  private final int[] actionClass;
  private final List<String> actionClassNames = new java.util.ArrayList<>();
  private final boolean[] otherSide;
  private final boolean[] needsEvidence;

  /** The rules of the methodologies of {@code catalog}. */
  public Scope3PlusRules(MethodologyCatalog catalog) {
    this.catalog = catalog;
    int n = catalog.methodologies().size();
    coefficients = new double[n][][][];
    subRegions = new byte[n][][];
    unitFactors = new double[n][][];
    usable = new boolean[n];
    weak = new boolean[n];
    minimumFirst = new double[n];
    maximumSecond = new double[n];
    maximumQuantity = new double[n][];
    dailyCap = new int[n];
    regions = new byte[n][][];
    regionGlobal = new boolean[n][];
    businessAsUsual = new byte[n][][];
    actionClass = new int[n];
    otherSide = new boolean[n];
    needsEvidence = new boolean[n];
    for (int i = 0; i < n; i++) {
      Methodology m = catalog.methodologies().get(i);
      Claiming claiming = m.claiming();
      int c = actionClassNames.indexOf(claiming.actionClass());
      if (c < 0) {
        c = actionClassNames.size();
        actionClassNames.add(claiming.actionClass());
      }
      actionClass[i] = c;
      otherSide[i] =
          claiming.recyclingSide() != Claiming.RecyclingSide.NONE
              && claiming.recyclingSide() != catalog.recyclingCreditedSide();
      needsEvidence[i] = claiming.needsEvidence();
      usable[i] = m.usable();
      List<String> subs = m.subRegions();
      subRegions[i] = subs.stream().map(Regions::bytes).toArray(byte[][]::new);
      coefficients[i] = new double[subs.size() + 1][LAST_YEAR - FIRST_YEAR + 1][];
      if (usable[i]) {
        for (int v = 0; v <= subs.size(); v++) {
          String region = v == 0 ? "" : subs.get(v - 1);
          double[] previous = null;
          for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            double[] inYear = m.coefficients(region, y);
            previous =
                inYear != null && previous != null && java.util.Arrays.equals(inYear, previous)
                    ? previous
                    : inYear;
            coefficients[i][v][y - FIRST_YEAR] = previous;
          }
        }
      }
      unitFactors[i] = new double[m.dimensions().size()][];
      for (int k = 0; k < unitFactors[i].length; k++) {
        unitFactors[i][k] = m.dimensions().get(k).factorsByIndex();
      }
      weak[i] = m.weak();
      minimumFirst[i] = m.eligibility().minimumFirstQuantity();
      maximumSecond[i] = m.eligibility().maximumSecondQuantity();
      maximumQuantity[i] = new double[unitFactors[i].length];
      for (int k = 0; k < maximumQuantity[i].length; k++) {
        maximumQuantity[i][k] = m.eligibility().maximumQuantity(k);
      }
      dailyCap[i] = m.eligibility().maximumEventsPerActorDay();
      List<String> in = m.validity().regions();
      regions[i] = new byte[in.size()][];
      regionGlobal[i] = new boolean[in.size()];
      for (int k = 0; k < in.size(); k++) {
        regions[i][k] = Regions.bytes(in.get(k));
        regionGlobal[i][k] = in.get(k).equals(Regions.GLOBAL);
      }
      businessAsUsual[i] =
          m.validity().businessAsUsual().keySet().stream()
              .map(Regions::bytes)
              .toArray(byte[][]::new);
      if (m.action().getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
        throw new IllegalArgumentException("action type longer than 40 bytes: " + m.action());
      }
      actions.put(m.action(), i);
    }
  }

  public MethodologyCatalog catalog() {
    return catalog;
  }

  /** The index of the methodology counting the action named by these bytes, or -1. */
  public int methodology(byte[] b, int offset, int length) {
    return length <= 0 || length > MAX_NAME_BYTES ? -1 : actions.get(b, offset, length);
  }

  /** Events per actor and UTC day methodology {@code m} counts at most; 0 for no cap. */
  public int dailyCap(int m) {
    return dailyCap[m];
  }

  /**
   * The index of the real-world action class methodology {@code m} describes ({@link
   * Claiming#actionClass()}): methodologies that can describe the same action share it.
   */
  public int actionClass(int m) {
    return actionClass[m];
  }

  /** The name of the action class of methodology {@code m}. */
  public String actionClassName(int m) {
    return actionClassNames.get(actionClass[m]);
  }

  /**
   * The UTC minute of an event's time, the time part of its action key (see {@link Claiming}):
   * minutes since the epoch.
   */
  public static long actionMinute(long epochSecond) {
    return Math.floorDiv(epochSecond, 60L);
  }

  /**
   * Which vintage of its parameters methodology {@code m} counts an event of UTC day {@code
   * epochDay} with, in a sentence ({@link Methodology#vintageNote}): "" when each is of the event's
   * year (or has none).
   */
  public String vintageNote(int m, int epochDay) {
    return vintageNote(m, "", epochDay);
  }

  /**
   * {@link #vintageNote(int, int)} for an event in {@code region}: also names the parameters of the
   * event's own sub-region it was counted with (a province's grid factor).
   */
  public String vintageNote(int m, String region, int epochDay) {
    return catalog
        .methodologies()
        .get(m)
        .vintageNote(region, UtcCalendar.monthIndex(epochDay) / 12);
  }

  /** True when methodology {@code m} rests on a weak value (its grams are flagged). */
  public boolean weak(int m) {
    return weak[m];
  }

  /** Judges an event on its own: the checks that need no state, then the grams. */
  public Assessment assess(RawEvent e) {
    return assess(e, -1);
  }

  /**
   * {@link #assess(RawEvent)} with the event's methodology already looked up ({@code -1} when not).
   */
  public Assessment assess(RawEvent e, int knownMethodology) {
    Decision d = new Decision();
    return assess(e, knownMethodology, d)
        ? new Assessment.Valid(d.methodology, d.epochDay, d.grams)
        : Verdict.refused(d.reason());
  }

  /**
   * {@link #assess(RawEvent, int)} answering in {@code d}, allocating nothing: true when the event
   * passed (its methodology, day and grams are then in {@code d}), false with the reason in {@code
   * d} when it was refused.
   */
  public boolean assess(RawEvent event, int knownMethodology, Decision d) {
    EventSlots e = event.slots;
    if (e.idLength() <= 0
        || e.programmeLength() <= 0
        || e.actorLength() <= 0
        || e.actionLength() <= 0
        || e.quantityCount() == 0) {
      return d.refuse(RejectionReason.MISSING_FIELD);
    }
    if (e.epochSecond() == Long.MIN_VALUE) {
      return d.refuse(RejectionReason.INVALID_TIME);
    }
    if (e.idLength() > MAX_KEY_BYTES
        || e.programmeLength() > MAX_KEY_BYTES
        || e.actorLength() > MAX_KEY_BYTES
        || e.evidenceLength() > MAX_KEY_BYTES
        || e.regionLength() > MAX_NAME_BYTES
        || e.programmeLength() > MAX_NAME_BYTES
        || e.claimLength() > MAX_KEY_BYTES) {
      return d.refuse(RejectionReason.FIELD_TOO_LONG);
    }
    int m =
        knownMethodology >= 0
            ? knownMethodology
            : methodology(e.buffer(), e.actionOffset(), e.actionLength());
    if (m < 0) {
      return d.refuse(RejectionReason.UNKNOWN_ACTION);
    }
    if (!usable[m]) {
      return d.refuse(RejectionReason.METHODOLOGY_NOT_CONFIGURED);
    }
    RejectionReason outside = region(m, e.buffer(), e.regionOffset(), e.regionLength());
    if (outside != null) {
      return d.refuse(outside);
    }
    if (otherSide[m]) {
      return d.refuse(RejectionReason.OTHER_SIDE_CREDITED);
    }
    if (needsEvidence[m] && e.evidenceLength() <= 0) {
      return d.refuse(RejectionReason.NO_COUNTERFACTUAL_EVIDENCE);
    }
    double[][] factors = unitFactors[m];
    if (e.quantityCount() != factors.length) {
      return d.refuse(RejectionReason.WRONG_QUANTITY_COUNT);
    }
    double q0 = 0;
    double q1 = 0;
    double q2 = 0;
    for (int i = 0; i < factors.length; i++) {
      int u = e.unitIndex(i);
      if (u < 0) {
        return d.refuse(RejectionReason.UNKNOWN_UNIT);
      }
      double toBase = factors[i][u];
      if (toBase != toBase) {
        return d.refuse(RejectionReason.WRONG_DIMENSION);
      }
      double v = e.value(i);
      if (!(v >= 0) || Double.isInfinite(v)) {
        return d.refuse(RejectionReason.INVALID_QUANTITY);
      }
      double base = v * toBase;
      if (i == 0) {
        q0 = base;
      } else if (i == 1) {
        q1 = base;
      } else {
        q2 = base;
      }
    }
    if (e.epochSecond() < MIN_SECOND || e.epochSecond() >= MAX_SECOND) {
      return d.refuse(RejectionReason.INVALID_TIME);
    }
    int epochDay = UtcCalendar.epochDay(e.epochSecond());
    double[] c =
        coefficients[m][subRegion(m, e.buffer(), e.regionOffset(), e.regionLength())][
            UtcCalendar.monthIndex(epochDay) / 12 - FIRST_YEAR];
    if (c == null) {
      return d.refuse(RejectionReason.VINTAGE_NOT_COVERED);
    }
    if (q0 < minimumFirst[m]) {
      return d.refuse(RejectionReason.BELOW_MINIMUM);
    }
    if (maximumSecond[m] > 0 && factors.length > 1 && q1 > maximumSecond[m]) {
      return d.refuse(RejectionReason.ABOVE_MAXIMUM);
    }
    double[] max = maximumQuantity[m];
    if (!(q0 <= max[0])
        || (max.length > 1 && !(q1 <= max[1]))
        || (max.length > 2 && !(q2 <= max[2]))) {
      return d.refuse(RejectionReason.QUANTITY_ABOVE_BOUND);
    }
    double g = c[0] * q0 + c[1] * q1 + c[2] * q2 + c[3] * q0 * q1;
    if (!(Math.abs(g) <= MAX_EVENT_GRAMS)) {
      return d.refuse(RejectionReason.OUT_OF_RANGE);
    }
    d.passed(m, epochDay, (long) Math.rint(g));
    return true;
  }

  /**
   * Which region variant of methodology {@code m} counts an event in the region of these UTF-8
   * bytes: the most specific of its sub-regions containing it (1 for the first), else 0, its own
   * regions' values.
   */
  private int subRegion(int m, byte[] b, int offset, int length) {
    byte[][] subs = subRegions[m];
    int best = 0;
    int bestLength = -1;
    for (int k = 0; k < subs.length; k++) {
      if (length > 0
          && subs[k].length > bestLength
          && Regions.contains(subs[k], false, b, offset, length)) {
        best = k + 1;
        bestLength = subs[k].length;
      }
    }
    return best;
  }

  /**
   * Why methodology {@code m} does not count an event in the region of these UTF-8 bytes, or null
   * when it does: outside its regions (an event naming no region is inside only a {@code GLOBAL}
   * methodology), or in a region where the action is business as usual (an event naming no region
   * may be there, so it is refused too).
   */
  RejectionReason region(int m, byte[] b, int offset, int length) {
    int len = Math.max(length, 0);
    boolean covered = false;
    byte[][] in = regions[m];
    for (int k = 0; k < in.length && !covered; k++) {
      covered = regionGlobal[m][k] || (len > 0 && Regions.contains(in[k], false, b, offset, len));
    }
    if (!covered) {
      return RejectionReason.REGION_NOT_COVERED;
    }
    for (byte[] bau : businessAsUsual[m]) {
      if (len == 0 || Regions.contains(bau, false, b, offset, len)) {
        return RejectionReason.BUSINESS_AS_USUAL;
      }
    }
    return null;
  }

  /**
   * The state a decision reads, kept by an engine and seen from the event being decided. {@link
   * #decide} asks in the order of the rules and stops at the first refusal, so an engine may look
   * each answer up only when asked.
   */
  public interface State {
    /** True when an event with this event's id was counted. */
    boolean idCounted();

    /** True when this event names a claim that a counted event holds; false without a claim. */
    boolean claimHeld();

    /**
     * True when a counted event holds this event's action key: the action class of methodology
     * {@code m} ({@link #actionClass}), this event's actor and the UTC minute of its time ({@link
     * #actionMinute}); see {@link Claiming}.
     */
    boolean actionHeld(int m);

    /**
     * Events of this event's actor counted on UTC day {@code epochDay} under methodology {@code m};
     * 0 for an actor without an account.
     */
    int countedToday(int m, int epochDay);

    /** Index of this event's programme, added when new if fewer than {@code limit}; else -1. */
    int programme(int limit);

    /** Index of this event's region ("" when none), added when new if fewer than {@code limit}. */
    int region(int limit);

    /** Points per kilogram CO2e of programme {@code programme}, in thousandths of a point. */
    long pointsRate(int programme);

    /**
     * The sum of the magnitudes of the grams (deducted grams included) of everything counted, or
     * {@link Long#MIN_VALUE} when it is beyond {@link Long#MAX_VALUE}. While it stays in range no
     * sum of grams (cell, programme, year, account, gross, net) can overflow.
     */
    long gramsMagnitude();

    /** As {@link #gramsMagnitude()}, for points (in millionths of a point). */
    long pointsMagnitude();

    /**
     * Records a counted event: its id, its claim, its cap place, its account, its cell; {@code
     * counted} holds what it gives (read it during the call only: it is reused).
     */
    void count(Decision counted);
  }

  /** Decides a valid event on the state of one engine, and counts it there when it counts. */
  public Verdict decide(Assessment.Valid v, State s) {
    Decision d = Decision.of(v);
    decide(d, s);
    return d.verdict();
  }

  /**
   * {@link #decide(Assessment.Valid, State)} for an event that {@link #assess(RawEvent, int,
   * Decision)} passed into {@code d}, allocating nothing: true when it counted (where it went and
   * its points are then in {@code d}), false with the reason in {@code d} when it was refused.
   */
  public boolean decide(Decision d, State s) {
    if (s.idCounted()) {
      return d.refuse(RejectionReason.DUPLICATE_EVENT);
    }
    int m = d.methodology;
    if (s.claimHeld() || s.actionHeld(m)) {
      return d.refuse(RejectionReason.ALREADY_CLAIMED);
    }
    int cap = dailyCap[m];
    if (cap > 0 && s.countedToday(m, d.epochDay) >= cap) {
      return d.refuse(RejectionReason.DAILY_CAP_REACHED);
    }
    int programme = s.programme(MAX_PROGRAMMES);
    int region = s.region(MAX_REGIONS);
    if (programme < 0 || region < 0) {
      return d.refuse(RejectionReason.TOO_MANY_NAMES);
    }
    long grams = d.grams;
    long points = Points.credited(grams, s.pointsRate(programme));
    if (!fits(Math.abs(grams), s.gramsMagnitude(), Math.abs(points), s.pointsMagnitude())) {
      return d.refuse(RejectionReason.OUT_OF_RANGE);
    }
    d.counted(programme, region, points);
    s.count(d);
    return true;
  }

  private static boolean fits(long grams, long gramsSum, long points, long pointsSum) {
    if (points >= MAX_EVENT_POINTS || points < 0) {
      return false;
    }
    if (gramsSum < 0 || pointsSum < 0) {
      return false;
    }
    return grams <= Long.MAX_VALUE - gramsSum && points <= Long.MAX_VALUE - pointsSum;
  }
}
