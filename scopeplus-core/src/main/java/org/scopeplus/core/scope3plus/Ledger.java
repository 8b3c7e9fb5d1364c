package org.scopeplus.core.scope3plus;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import org.scopeplus.core.scope3plus.internal.ActionKeys;
import org.scopeplus.core.scope3plus.internal.AggregateTable;
import org.scopeplus.core.scope3plus.internal.ByteKeyIndex;
import org.scopeplus.core.scope3plus.internal.CapCounter;
import org.scopeplus.core.scope3plus.internal.EventSlots;
import org.scopeplus.core.scope3plus.internal.ShortNameTable;

/**
 * The Scope 3+ ledger in memory: counts each event once (exact event-id set), each real-world
 * action once across programmes and methodologies (the claim and action key of every counted event,
 * see {@link Claiming}; first counted wins in arrival order), applies eligibility rules and
 * per-actor daily caps, and keeps aggregates per programme, action, region and month plus personal
 * balances and points. Amounts are long grams, each event rounded once half-even; points are exact
 * millionths of a point ({@link Points}); sums are exact. Each quantity is bounded by its
 * methodology's plausibility bound, and the ledger keeps the sum of the magnitudes of everything it
 * counted (grams and deducted grams, points): an event that would take it beyond {@link
 * Long#MAX_VALUE} is refused as {@link RejectionReason#OUT_OF_RANGE}, so no sum (cell, programme,
 * year, account, gross, net) can ever overflow. A counted event can be reversed ({@link #reverse}).
 * Not thread-safe: one ledger per thread or partition.
 */
public final class Ledger {

  private final MethodologyCatalog catalog;
  private final Scope3PlusRules rules;
  private PointsRates pointsRates;

  private final ShortNameTable programmeIndex = new ShortNameTable(64);
  private final List<String> programmes = new ArrayList<>();
  private long[] programmeRate = new long[16];
  private final ShortNameTable regionIndex = new ShortNameTable(256);
  private final List<String> regions = new ArrayList<>();

  private final ByteKeyIndex eventIds;
  private final ByteKeyIndex claims;
  private final ByteKeyIndex actors;
  private int actorCount;
  private final CapCounter capCounts;

  private final AggregateTable buckets = new AggregateTable(4096);

  private final long[] rejected = new long[RejectionReason.values().length];
  private long accepted;
  private final List<CreditDeduction> deductions = new ArrayList<>();
  private final Set<String> deductionReferences = new HashSet<>();
  private final Set<String> reversed = new HashSet<>();

  /** Most grams one event may give (see {@link Scope3PlusRules#MAX_EVENT_GRAMS}). */
  public static final double MAX_EVENT_GRAMS = Scope3PlusRules.MAX_EVENT_GRAMS;

  /*
   * Sums of |grams| (with deducted grams) and of |points| of everything counted, as unsigned 128-bit
   * numbers (carry, low). Every sum the ledger keeps is bounded in magnitude by these, so while
   * both stay below 2^63 no sum can overflow. New events and deductions keep them there; a stored
   * log replayed from before the bounds may exceed it, and then reads are refused.
   */
  private long magnitudeGrams;
  private long magnitudeGramsCarry;
  private long magnitudePoints;
  private long magnitudePointsCarry;
  private final Set<String> suspects = new LinkedHashSet<>();

  /** {@link ActionKeys#classSeed} of each methodology's action class. */
  private final long[] classSeeds;

  /**
   * The keys the event being decided holds once counted: {@link ActionKeys#BLOCK_MARK}, its action
   * key, then its claim key when it names a claim.
   */
  private final byte[] keyBlock = new byte[1 + 2 * ActionKeys.BYTES];

  private int keyBlockLength;

  /** A ledger sized for about {@code expectedEvents} distinct events. */
  public Ledger(MethodologyCatalog catalog, PointsRates pointsRates, int expectedEvents) {
    this.catalog = catalog;
    this.rules = new Scope3PlusRules(catalog);
    this.pointsRates = pointsRates;
    eventIds = new ByteKeyIndex(expectedEvents);
    claims = new ByteKeyIndex(Math.max(16, expectedEvents));
    int n = catalog.methodologies().size();
    classSeeds = new long[n];
    for (int m = 0; m < n; m++) {
      classSeeds[m] = ActionKeys.classSeed(rules.actionClassName(m));
    }
    actors = new ByteKeyIndex(Math.max(16, expectedEvents / 8), CAP_FIRST + CAP_LONGS);
    capCounts = new CapCounter(Math.max(16, expectedEvents / 4));
  }

  public MethodologyCatalog catalog() {
    return catalog;
  }

  /** The rules this ledger decides by. */
  public Scope3PlusRules rules() {
    return rules;
  }

  /**
   * Validates and counts one event, by {@link Scope3PlusRules}: {@link Verdict.Counted} with what
   * it added, or {@link Verdict.Refused} with the reason; either way it is counted in {@link
   * #acceptedCount()} or {@link #rejectedCount(RejectionReason)}.
   */
  public Verdict offer(RawEvent e) {
    Decision d = new Decision();
    offer(e, d);
    return d.verdict();
  }

  /**
   * {@link #offer(RawEvent)} answering in {@code d}, allocating nothing: true when the event was
   * counted (what it added is then in {@code d}), false with the reason in {@code d} when it was
   * refused.
   */
  public boolean offer(RawEvent e, Decision d) {
    if (rules.assess(e, knownMethodology, d)) {
      tables.start(e);
      if (rules.decide(d, tables)) {
        return true;
      }
    }
    rejected[d.reason().ordinal()]++;
    return false;
  }

  /** Most events {@link #offerAll} takes at once. */
  public static final int BATCH = 256;

  private final long[] idHashes = new long[BATCH];
  private final long[] actorHashes = new long[BATCH];
  private final long[] actionHashes = new long[BATCH];
  private final byte[] actionKeys = new byte[BATCH * ActionKeys.BYTES];
  private final long[] claimHashes = new long[BATCH];
  private final byte[] claimKeys = new byte[BATCH * ActionKeys.BYTES];
  private long knownActionHash;
  private int knownActionAt;
  private long knownClaimHash;
  private long touched;
  private long knownIdHash;
  private final int[] batchMethodology = new int[BATCH];
  private final int[] batchActor = new int[BATCH];
  private final long[] batchActorEntry = new long[BATCH];
  private long knownActorEntry = -1;
  private final int[] batchProgramme = new int[BATCH];
  private final int[] batchRegion = new int[BATCH];
  private int knownMethodology = -1;
  private int knownActor = -1;
  private int knownProgramme = -1;
  private int knownRegion = -1;
  private static final byte[] NO_BYTES = new byte[0];
  private final Decision[] batchDecisions = new Decision[BATCH];
  private final boolean[] batchPassed = new boolean[BATCH];

  {
    for (int i = 0; i < BATCH; i++) {
      batchDecisions[i] = new Decision();
    }
  }

  /**
   * Offers a batch of events in order, exactly as {@link #offer} one by one would, but first reads
   * the memory each event will need (event-id slot, actor entry, cap counter, aggregate cell,
   * account) for the whole batch, so the cache misses of different events overlap.
   *
   * @param events the events; entries whose {@code skip} flag is set are left alone
   * @param skip entries not to offer (e.g. lines that were not JSON), or null
   * @param n how many entries, at most {@link #BATCH}
   * @param out receives the verdict of each event, null for a skipped one
   */
  public void offerAll(RawEvent[] events, boolean[] skip, int n, Verdict[] out) {
    offerAll(events, skip, n, (i, d) -> out[i] = d == null ? null : d.verdict());
  }

  /** Receives each event of a batch right after it was offered. */
  public interface Offered {
    /**
     * Called in order for every index, skipped ones included (with a null decision).
     *
     * @param decision what became of event {@code i}, valid during this call only (it is reused)
     */
    void offered(int i, Decision decision);
  }

  /**
   * {@link #offerAll(RawEvent[], boolean[], int, Verdict[])} telling {@code listener} (which may be
   * null) what became of each event instead of keeping verdicts, so that nothing is allocated per
   * event: the ingestion path.
   */
  public void offerAll(RawEvent[] events, boolean[] skip, int n, Offered listener) {
    long t = 0;
    for (int i = 0; i < n; i++) {
      EventSlots e = events[i].slots;
      idHashes[i] = 0;
      actorHashes[i] = 0;
      batchPassed[i] = false;
      if (skip != null && skip[i]) {
        continue;
      }
      // Each event judged on its own first (Scope3PlusRules.assess reads no table, so the order
      // does not matter): the events it refuses read nothing of the tables below.
      batchPassed[i] = rules.assess(events[i], -1, batchDecisions[i]);
      if (!batchPassed[i]
          || e.idLength() <= 0
          || e.idLength() > ByteKeyIndex.MAX_KEY_BYTES
          || e.actorLength() <= 0
          || e.actorLength() > ByteKeyIndex.MAX_KEY_BYTES) {
        continue;
      }
      idHashes[i] = ByteKeyIndex.hash(e.buffer(), e.idOffset(), e.idLength());
      actorHashes[i] = ByteKeyIndex.hash(e.buffer(), e.actorOffset(), e.actorLength());
    }
    // Reads alone in tight loops, apart from the hashing: many cache misses then wait at once.
    for (int i = 0; i < n; i++) {
      if (actorHashes[i] != 0) {
        t += eventIds.touchSlot(idHashes[i]) + actors.touchSlot(actorHashes[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      if (actorHashes[i] != 0) {
        t += actors.touch(actorHashes[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      EventSlots e = events[i].slots;
      batchMethodology[i] = -1;
      actionHashes[i] = 0;
      batchActor[i] = -1;
      batchProgramme[i] = -1;
      batchRegion[i] = -1;
      if (actorHashes[i] == 0
          || e.epochSecond() == Long.MIN_VALUE
          || e.actionLength() <= 0
          || e.actionLength() > ShortNameTable.MAX_BYTES
          || e.programmeLength() <= 0
          || e.programmeLength() > ShortNameTable.MAX_BYTES
          || e.regionLength() > ShortNameTable.MAX_BYTES) {
        continue;
      }
      int m = batchDecisions[i].methodology;
      int actorSlot = actors.find(e.buffer(), e.actorOffset(), e.actorLength(), actorHashes[i]);
      int actor = actorSlot < 0 ? -1 : actors.valueAt(actorSlot);
      batchActorEntry[i] = actorSlot < 0 ? -1 : actors.entry(actorSlot);
      int programme = programmeIndex.get(e.buffer(), e.programmeOffset(), e.programmeLength());
      int region =
          e.regionLength() <= 0
              ? -1
              : regionIndex.get(e.buffer(), e.regionOffset(), e.regionLength());
      batchMethodology[i] = m;
      claimHashes[i] = 0;
      if (m >= 0) {
        actionHashes[i] = actionKey(m, e, actionKeys, i * ActionKeys.BYTES);
        if (e.claimLength() > 0) {
          // the claim key now, so that its slot is read with the action keys' slots below
          claimHashes[i] =
              ActionKeys.claim(
                  e.buffer(), e.claimOffset(), e.claimLength(), claimKeys, i * ActionKeys.BYTES);
        }
      }
      batchActor[i] = actor;
      batchProgramme[i] = programme;
      batchRegion[i] = region;
    }
    for (int i = 0; i < n; i++) {
      if (actionHashes[i] != 0) {
        t += claims.touchSlot(actionHashes[i]);
      }
      if (claimHashes[i] != 0) {
        t += claims.touchSlot(claimHashes[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      int m = batchMethodology[i];
      int actor = batchActor[i];
      int programme = batchProgramme[i];
      int region = batchRegion[i];
      if (m < 0 || actor < 0 || programme < 0 || region < 0) {
        continue;
      }
      int day = UtcCalendar.epochDay(events[i].slots.epochSecond());
      if (rules.dailyCap(m) > 0) {
        long last = actors.payload(batchActorEntry[i], CAP_FIRST + CAP_LONGS - 1);
        t += last + actors.payload(batchActorEntry[i], CAP_FIRST + CAP_LONGS / 2);
        if (last >>> 32 != 0) {
          t += capCounts.touch(CapCounter.key(actor, day, m));
        }
      }
      long key =
          ((long) programme << 42)
              | ((long) m << 32)
              | ((long) region << 16)
              | UtcCalendar.monthIndex(day);
      t += buckets.touch(key);
    }
    touched += t;
    for (int i = 0; i < n; i++) {
      if (skip != null && skip[i]) {
        if (listener != null) {
          listener.offered(i, null);
        }
        continue;
      }
      Decision d = batchDecisions[i];
      if (!batchPassed[i]) {
        rejected[d.reason().ordinal()]++;
        if (listener != null) {
          listener.offered(i, d);
        }
        continue;
      }
      knownIdHash = idHashes[i];
      knownMethodology = batchMethodology[i];
      knownActionHash = actionHashes[i];
      knownActionAt = i * ActionKeys.BYTES;
      knownClaimHash = claimHashes[i];
      knownActor = batchActor[i];
      knownActorEntry = batchActorEntry[i];
      knownProgramme = batchProgramme[i];
      knownRegion = batchRegion[i];
      tables.start(events[i]);
      if (!rules.decide(d, tables)) {
        rejected[d.reason().ordinal()]++;
      }
      knownIdHash = 0;
      knownMethodology = -1;
      knownActionHash = 0;
      knownClaimHash = 0;
      knownActor = -1;
      knownActorEntry = -1;
      knownProgramme = -1;
      knownRegion = -1;
      if (listener != null) {
        listener.offered(i, d);
      }
    }
  }

  /**
   * Writes the action key of an event under methodology {@code m} to {@code out[at..at+16)} and
   * returns its index hash.
   */
  private long actionKey(int m, EventSlots e, byte[] out, int at) {
    return ActionKeys.action(
        classSeeds[m],
        Scope3PlusRules.actionMinute(e.epochSecond()),
        e.buffer(),
        e.actorOffset(),
        e.actorLength(),
        out,
        at);
  }

  /** Counts a refusal found before the ledger (e.g. a line that is not JSON). */
  public void reject(RejectionReason reason) {
    rejected[reason.ordinal()]++;
  }

  /**
   * Judges an event on its own, without this ledger's state ({@link Scope3PlusRules#assess}).
   * Nothing is counted or remembered.
   */
  public Assessment assess(RawEvent e) {
    return rules.assess(e);
  }

  /** The event being decided and what was looked up of it, as {@link Scope3PlusRules.State}. */
  private final class Tables implements Scope3PlusRules.State {
    EventSlots e;
    long idHash;
    int idSlot;
    long claimHash;
    int claimSlot;
    long actionHash;
    int actionSlot;
    int actor;
    long actorEntry;

    void start(RawEvent event) {
      e = event.slots;
      byte[] b = e.buffer();
      idHash = knownIdHash != 0 ? knownIdHash : ByteKeyIndex.hash(b, e.idOffset(), e.idLength());
      claimHash = 0;
      claimSlot = 0;
      keyBlock[0] = ActionKeys.BLOCK_MARK;
      keyBlockLength = 1 + ActionKeys.BYTES;
      if (knownActor >= 0) {
        actor = knownActor;
        actorEntry = knownActorEntry;
      } else {
        actor = -2;
      }
    }

    @Override
    public boolean idCounted() {
      idSlot = eventIds.find(e.buffer(), e.idOffset(), e.idLength(), idHash);
      return idSlot >= 0;
    }

    @Override
    public boolean claimHeld() {
      if (e.claimLength() <= 0) {
        return false;
      }
      int at = 1 + ActionKeys.BYTES;
      if (knownClaimHash != 0) {
        // written by offerAll from the same bytes: the same key and hash
        System.arraycopy(claimKeys, knownActionAt, keyBlock, at, ActionKeys.BYTES);
        claimHash = knownClaimHash;
      } else {
        claimHash = ActionKeys.claim(e.buffer(), e.claimOffset(), e.claimLength(), keyBlock, at);
      }
      keyBlockLength = at + ActionKeys.BYTES;
      claimSlot = claims.find(keyBlock, at, ActionKeys.BYTES, claimHash);
      return claimSlot >= 0;
    }

    @Override
    public boolean actionHeld(int m) {
      if (knownActionHash != 0 && knownMethodology == m) {
        System.arraycopy(actionKeys, knownActionAt, keyBlock, 1, ActionKeys.BYTES);
        actionHash = knownActionHash;
        actionSlot = claims.find(keyBlock, 1, ActionKeys.BYTES, actionHash);
        return actionSlot >= 0;
      }
      actionHash = actionKey(m, e, keyBlock, 1);
      actionSlot = claims.find(keyBlock, 1, ActionKeys.BYTES, actionHash);
      return actionSlot >= 0;
    }

    private void findActor() {
      if (actor == -2) {
        byte[] b = e.buffer();
        int slot =
            actors.find(
                b,
                e.actorOffset(),
                e.actorLength(),
                ByteKeyIndex.hash(b, e.actorOffset(), e.actorLength()));
        actor = slot < 0 ? -1 : actors.valueAt(slot);
        actorEntry = slot < 0 ? -1 : actors.entry(slot);
      }
    }

    @Override
    public int countedToday(int m, int epochDay) {
      findActor();
      return actor < 0 ? 0 : capCount(actor, actorEntry, epochDay, m);
    }

    @Override
    public int programme(int limit) {
      return knownProgramme >= 0
          ? knownProgramme
          : intern(
              programmeIndex,
              programmes,
              limit,
              e.buffer(),
              e.programmeOffset(),
              e.programmeLength());
    }

    @Override
    public int region(int limit) {
      return knownRegion >= 0
          ? knownRegion
          : e.regionLength() <= 0
              ? intern(regionIndex, regions, limit, NO_BYTES, 0, 0)
              : intern(regionIndex, regions, limit, e.buffer(), e.regionOffset(), e.regionLength());
    }

    @Override
    public long pointsRate(int programme) {
      return programmeRate[programme];
    }

    @Override
    public long gramsMagnitude() {
      return magnitudeGramsCarry != 0 || magnitudeGrams < 0 ? Long.MIN_VALUE : magnitudeGrams;
    }

    @Override
    public long pointsMagnitude() {
      return magnitudePointsCarry != 0 || magnitudePoints < 0 ? Long.MIN_VALUE : magnitudePoints;
    }

    @Override
    public void count(Decision c) {
      byte[] b = e.buffer();
      magnitudeGrams += Math.abs(c.grams());
      magnitudePoints += Math.abs(c.points());
      eventIds.insertAt(-idSlot - 1, b, e.idOffset(), e.idLength(), idHash, 0);
      claims.insertAt(-actionSlot - 1, keyBlock, 1, ActionKeys.BYTES, actionHash, c.programme());
      if (e.claimLength() > 0) {
        // the claim's hash from claimHeld (the action key's insert may have moved its slot)
        claims.putIfAbsent(
            keyBlock, 1 + ActionKeys.BYTES, ActionKeys.BYTES, claimHash, c.programme());
      }
      findActor();
      if (actor < 0) {
        actor = newActor(b, e.actorOffset(), e.actorLength());
        actorEntry = newActorEntry;
      }
      int m = c.methodology();
      if (rules.dailyCap(m) > 0) {
        capIncrement(actor, actorEntry, c.epochDay(), m);
      }
      Ledger.this.count(
          m, c.programme(), c.region(), c.epochDay(), c.grams(), c.points(), actorEntry);
    }
  }

  private final Tables tables = new Tables();

  /**
   * Re-applies an event that was counted before (replay of a stored log after a restart): no
   * validation, no recalculation. An empty actor range means the actor was erased.
   */
  public void restore(
      byte[] b,
      int idOffset,
      int idLength,
      int claimOffset,
      int claimLength,
      int actorOffset,
      int actorLength,
      int methodology,
      int programme,
      int region,
      int day,
      long grams,
      long pts) {
    if (eventIds.putIfAbsent(b, idOffset, idLength, 0) >= 0) {
      throw new IllegalStateException("stored log holds an event id twice");
    }
    addMagnitude(grams, pts);
    if (!(Math.abs((double) grams) <= MAX_EVENT_GRAMS) || Math.abs((double) pts) >= 0x1p62) {
      if (suspects.size() < 20) {
        suspects.add(new String(b, idOffset, idLength, StandardCharsets.UTF_8));
      }
    }
    holdKeys(b, claimOffset, claimLength, programme);
    long actorEntry = -1;
    if (actorLength > 0) {
      int slot =
          actors.find(b, actorOffset, actorLength, ByteKeyIndex.hash(b, actorOffset, actorLength));
      int actor;
      if (slot >= 0) {
        actor = actors.valueAt(slot);
        actorEntry = actors.entry(slot);
      } else {
        actor = newActor(b, actorOffset, actorLength);
        actorEntry = newActorEntry;
      }
      if (rules.dailyCap(methodology) > 0) {
        capIncrement(actor, actorEntry, day, methodology);
      }
    }
    count(methodology, programme, region, day, grams, pts, actorEntry);
  }

  /** Adds to the magnitude sums with carry (a replayed log may exceed what offers allow). */
  private void addMagnitude(long grams, long pts) {
    long g = Math.abs(grams); // Long.MIN_VALUE stays itself: 2^63 read unsigned, as wanted
    long sum = magnitudeGrams + g;
    if (Long.compareUnsigned(sum, magnitudeGrams) < 0) {
      magnitudeGramsCarry++;
    }
    magnitudeGrams = sum;
    long p = Math.abs(pts);
    sum = magnitudePoints + p;
    if (Long.compareUnsigned(sum, magnitudePoints) < 0) {
      magnitudePointsCarry++;
    }
    magnitudePoints = sum;
  }

  private void subtractMagnitude(long grams, long pts) {
    long g = Math.abs(grams);
    if (Long.compareUnsigned(magnitudeGrams, g) < 0) {
      magnitudeGramsCarry--;
    }
    magnitudeGrams -= g;
    long p = Math.abs(pts);
    if (Long.compareUnsigned(magnitudePoints, p) < 0) {
      magnitudePointsCarry--;
    }
    magnitudePoints -= p;
  }

  /**
   * True while every sum the ledger keeps is exact: always, unless a stored log from before the
   * plausibility bounds was replayed with more than {@link Long#MAX_VALUE} grams or points in it.
   */
  public boolean inRange() {
    return magnitudeGramsCarry == 0
        && magnitudeGrams >= 0
        && magnitudePointsCarry == 0
        && magnitudePoints >= 0;
  }

  private void requireInRange() {
    if (!inRange()) {
      throw new LedgerOutOfRange(List.copyOf(suspects));
    }
  }

  /**
   * Replays a counted event that was later reversed: its id stays taken (a redelivery is still a
   * duplicate) and nothing else of it is counted, as after {@link #reverse}.
   */
  public void restoreReversed(byte[] b, int idOffset, int idLength) {
    if (eventIds.putIfAbsent(b, idOffset, idLength, 0) >= 0) {
      throw new IllegalStateException("stored log holds an event id twice");
    }
    reversed.add(new String(b, idOffset, idLength, StandardCharsets.UTF_8));
  }

  /** Why {@code eventId} cannot be reversed, or null when it can. */
  public Reversal.Why reversalRefusal(String eventId) {
    if (reversed.contains(eventId)) {
      return Reversal.Why.ALREADY_REVERSED;
    }
    byte[] b = eventId.getBytes(StandardCharsets.UTF_8);
    if (b.length == 0
        || b.length > ByteKeyIndex.MAX_KEY_BYTES
        || eventIds.find(b, 0, b.length, ByteKeyIndex.hash(b, 0, b.length)) < 0) {
      return Reversal.Why.UNKNOWN_EVENT;
    }
    return null;
  }

  /** True when {@code eventId} was counted and then reversed. */
  public boolean reversed(String eventId) {
    return reversed.contains(eventId);
  }

  /**
   * The keys the last counted event holds, as stored with it (in a segment's claim field): {@link
   * ActionKeys#BLOCK_MARK}, its action key and, when it names a claim, its claim key. Valid until
   * the next offer.
   */
  public byte[] countedKeys() {
    return keyBlock;
  }

  /** The length of {@link #countedKeys()}: 17, or 33 with a claim key. */
  public int countedKeysLength() {
    return keyBlockLength;
  }

  /**
   * The keys stored with a counted event, as bytes, from {@link CountedEvent#claim()}: a key block
   * is carried in ISO-8859-1 (one char per byte), a claim of a former state in UTF-8.
   */
  public static byte[] storedKeys(String claim) {
    return !claim.isEmpty() && claim.charAt(0) == (char) ActionKeys.BLOCK_MARK
        ? claim.getBytes(StandardCharsets.ISO_8859_1)
        : claim.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Holds the keys stored with a replayed event: a key block's keys, or the claim key of a claim
   * stored as text by a former state (whose events hold no action key: their minute was not kept).
   */
  private void holdKeys(byte[] b, int off, int len, int programme) {
    if (len <= 0) {
      return;
    }
    if (ActionKeys.isBlock(b, off, len)) {
      for (int at = off + 1; at < off + len; at += ActionKeys.BYTES) {
        claims.putIfAbsent(b, at, ActionKeys.BYTES, programme);
      }
    } else {
      byte[] k = new byte[ActionKeys.BYTES];
      ActionKeys.claim(b, off, len, k, 0);
      claims.putIfAbsent(k, 0, k.length, programme);
    }
  }

  /** Number of counted events reversed since; they are not in {@link #acceptedCount()}. */
  public long reversedCount() {
    return reversed.size();
  }

  /**
   * Reverses a counted event, as read back from the stored log: takes its grams away from its
   * aggregate cell (and weak grams), its grams, points and event from its actor's account (an
   * account left with no event is closed, as if it never had one), frees its claim so the
   * real-world action can be counted once correctly, and frees its place under the daily cap. Its
   * event id stays taken, so a redelivery of the same event is still a duplicate. The result is the
   * state of a ledger that never counted it, apart from that id.
   *
   * @throws IllegalArgumentException when {@link #reversalRefusal} refuses the id
   */
  public void reverse(CountedEvent e) {
    Reversal.Why why = reversalRefusal(e.eventId());
    if (why != null) {
      throw new IllegalArgumentException(e.eventId() + ": " + why.sentence());
    }
    int m = e.methodology();
    int month = UtcCalendar.monthIndex(e.epochDay());
    long key = ((long) e.programme() << 42) | ((long) m << 32) | ((long) e.region() << 16) | month;
    buckets.subtract(key, e.grams(), rules.weak(m) ? e.grams() : 0);
    if (!e.actor().isEmpty()) {
      byte[] a = e.actor().getBytes(StandardCharsets.UTF_8);
      int slot = actors.find(a, 0, a.length, ByteKeyIndex.hash(a, 0, a.length));
      if (slot >= 0) {
        long at = actors.entry(slot);
        actors.addPayload(at, 0, -e.grams());
        actors.addPayload(at, 1, -e.points());
        actors.addPayload(at, 2, -1);
        if (rules.dailyCap(m) > 0) {
          capDecrement(actors.valueAt(slot), at, e.epochDay(), m);
        }
        if (actors.payload(at, 2) == 0) {
          actors.remove(a, 0, a.length);
        }
      }
    }
    if (!e.claim().isEmpty()) {
      byte[] c = storedKeys(e.claim());
      if (ActionKeys.isBlock(c, 0, c.length)) {
        for (int at = 1; at < c.length; at += ActionKeys.BYTES) {
          claims.remove(c, at, ActionKeys.BYTES);
        }
      } else {
        byte[] k = new byte[ActionKeys.BYTES];
        ActionKeys.claim(c, 0, c.length, k, 0);
        claims.remove(k, 0, k.length);
      }
    }
    subtractMagnitude(e.grams(), e.points());
    suspects.remove(e.eventId());
    reversed.add(e.eventId());
    accepted--;
  }

  private void count(
      int m, int programme, int region, int day, long grams, long pts, long actorEntry) {
    int month = UtcCalendar.monthIndex(day);
    long key = ((long) programme << 42) | ((long) m << 32) | ((long) region << 16) | month;
    buckets.add(key, grams, rules.weak(m) ? grams : 0);
    if (actorEntry >= 0) {
      actors.addPayload(actorEntry, 0, grams);
      actors.addPayload(actorEntry, 1, pts);
      actors.addPayload(actorEntry, 2, 1);
    }
    accepted++;
  }

  /*
   * Daily-cap counts live first in the actor's own entry, beside its balance (payload longs
   * CAP_FIRST.., two 32-bit cells each: day << 16 | methodology << 7 | count, 0 when empty, filled
   * in order and never emptied), and only when those cells are full in the shared table. Each
   * (actor, day, methodology) is in exactly one of the two places, so counts stay exact; the
   * entry is in cache already, so most cap checks cost no extra cache miss.
   */
  private static final int CAP_FIRST = 3;
  private static final int CAP_LONGS = 8;
  private static final int CAP_METHODOLOGIES = 512;

  /** What {@link #capCell} answers when every own cell holds another (day, methodology). */
  private static final int CAP_CELLS_FULL = Integer.MIN_VALUE;

  /**
   * The own cap cell of an actor's entry that counts {@code want} (day << 16 | methodology << 7):
   * {@code 2 * i + half} (half 1 for the high 32 bits of payload long {@code CAP_FIRST + i}) when
   * it is there, {@code -cell - 1} for the first empty cell when it is not, and {@link
   * #CAP_CELLS_FULL} when all cells are taken by other pairs (its count is then in the shared
   * table).
   */
  private int capCell(long entry, int want) {
    for (int i = 0; i < CAP_LONGS; i++) {
      long w = actors.payload(entry, CAP_FIRST + i);
      for (int half = 0; half < 2; half++) {
        int c = (int) (w >>> (32 * half));
        if (c == 0) {
          return -(2 * i + half) - 1;
        }
        if ((c & ~0x7F) == want) {
          return 2 * i + half;
        }
      }
    }
    return CAP_CELLS_FULL;
  }

  /** The count held in own cap cell {@code cell} (as {@link #capCell} numbers them). */
  private int capCellCount(long entry, int cell) {
    return (int) (actors.payload(entry, CAP_FIRST + cell / 2) >>> capCellShift(cell)) & 0x7F;
  }

  /** Adds {@code delta} to the 32-bit own cap cell {@code cell}, leaving its neighbour alone. */
  private void capCellAdd(long entry, int cell, long delta) {
    actors.addPayload(entry, CAP_FIRST + cell / 2, delta << capCellShift(cell));
  }

  private static int capCellShift(int cell) {
    return 32 * (cell & 1);
  }

  private int capCount(int actor, long entry, int day, int m) {
    if (m < CAP_METHODOLOGIES) {
      int cell = capCell(entry, (day << 16) | (m << 7));
      if (cell >= 0) {
        return capCellCount(entry, cell);
      }
      if (cell != CAP_CELLS_FULL) {
        return 0;
      }
    }
    return capCounts.count(CapCounter.key(actor, day, m));
  }

  private void capIncrement(int actor, long entry, int day, int m) {
    if (m < CAP_METHODOLOGIES) {
      int want = (day << 16) | (m << 7);
      int cell = capCell(entry, want);
      if (cell >= 0) {
        if (capCellCount(entry, cell) < 0x7F) {
          capCellAdd(entry, cell, 1);
        }
        return;
      }
      if (cell != CAP_CELLS_FULL) {
        capCellAdd(entry, -cell - 1, (want | 1) & 0xFFFF_FFFFL);
        return;
      }
    }
    capCounts.increment(CapCounter.key(actor, day, m));
  }

  private void capDecrement(int actor, long entry, int day, int m) {
    if (m < CAP_METHODOLOGIES) {
      int cell = capCell(entry, (day << 16) | (m << 7));
      if (cell >= 0) {
        if (capCellCount(entry, cell) > 0) {
          capCellAdd(entry, cell, -1);
        }
        return;
      }
    }
    capCounts.decrement(CapCounter.key(actor, day, m));
  }

  private long newActorEntry;

  private int newActor(byte[] b, int off, int len) {
    int a = actorCount++;
    long h = ByteKeyIndex.hash(b, off, len);
    actors.insertAt(-actors.find(b, off, len, h) - 1, b, off, len, h, a);
    newActorEntry = actors.entry(actors.find(b, off, len, h));
    return a;
  }

  private int intern(
      ShortNameTable index, List<String> names, int limit, byte[] b, int off, int len) {
    int v = index.get(b, off, len);
    if (v >= 0) {
      return v;
    }
    if (names.size() >= limit) {
      return -1;
    }
    String name = new String(b, off, len, StandardCharsets.UTF_8);
    return internName(index, names, name);
  }

  private int internName(ShortNameTable index, List<String> names, String name) {
    byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > ShortNameTable.MAX_BYTES) {
      throw new IllegalArgumentException("name longer than 40 bytes: " + name);
    }
    int v = index.get(bytes, 0, bytes.length);
    if (v >= 0) {
      return v;
    }
    int i = names.size();
    names.add(name);
    index.put(name, i);
    if (index == programmeIndex) {
      if (i == programmeRate.length) {
        programmeRate = Arrays.copyOf(programmeRate, i * 2);
      }
      programmeRate[i] = pointsRates.thousandths(name);
    }
    return i;
  }

  /**
   * Applies {@code rates} to events counted from now on, for the programmes known and those to
   * come; points already credited stay as they were.
   */
  public void changePointsRates(PointsRates rates) {
    pointsRates = rates;
    for (int i = 0; i < programmes.size(); i++) {
      programmeRate[i] = rates.thousandths(programmes.get(i));
    }
  }

  /** The index of a programme name, adding it when new (used when restoring stored state). */
  public int internProgramme(String name) {
    return internName(programmeIndex, programmes, name);
  }

  /** The index of a region name, adding it when new (used when restoring stored state). */
  public int internRegion(String name) {
    return internName(regionIndex, regions, name);
  }

  /** Programme names by index. */
  public List<String> programmes() {
    return List.copyOf(programmes);
  }

  /** Region names by index. */
  public List<String> regions() {
    return List.copyOf(regions);
  }

  /**
   * Deducts credits sold out of a programme's activity; false when the reference was deducted.
   *
   * @throws LedgerOutOfRange when the deduction would take the ledger's sums out of range
   */
  public boolean deduct(CreditDeduction d) {
    if (deductionReferences.contains(d.reference())) {
      return false;
    }
    if (!deductionFits(d.grams())) {
      throw new LedgerOutOfRange(List.copyOf(suspects));
    }
    restoreDeduction(d);
    return true;
  }

  /**
   * Why a deduction cannot be made from its programme, in a sentence; null when it can. Credits
   * sold out of a programme's activity stand for avoided emissions the programme counted, so
   * together they cannot exceed its counted grams (gross, all months): a deduction beyond what the
   * programme counted, less what was deducted from it before, would claim tonnes that were never
   * avoided. Checked by every path that deducts (the service, the CLI); a stored deduction replayed
   * is not.
   */
  public String deductionBeyondCounted(CreditDeduction d) {
    long counted = totals().byProgramme().getOrDefault(d.programme(), 0L);
    long deducted = 0;
    for (CreditDeduction x : deductions) {
      if (x.programme().equals(d.programme())) {
        deducted = Math.addExact(deducted, x.grams());
      }
    }
    long left = Math.subtractExact(counted, deducted);
    if (d.grams() <= left) {
      return null;
    }
    return "the deduction of "
        + d.grams()
        + " g is more than programme "
        + d.programme()
        + " has counted and not yet deducted ("
        + Math.max(left, 0)
        + " g: "
        + counted
        + " g counted, "
        + deducted
        + " g deducted before); credits sold cannot exceed the avoided emissions they come from";
  }

  /** True when deducting {@code grams} keeps every sum of the ledger in range. */
  public boolean deductionFits(long grams) {
    return inRange() && grams >= 0 && grams <= Long.MAX_VALUE - magnitudeGrams;
  }

  /**
   * Re-applies a stored deduction (replay after a restart), without range refusal; false when the
   * reference was deducted.
   */
  public boolean restoreDeduction(CreditDeduction d) {
    if (!deductionReferences.add(d.reference())) {
      return false;
    }
    addMagnitude(d.grams(), 0);
    deductions.add(d);
    return true;
  }

  /** Whether credits under {@code reference} were deducted already. */
  public boolean deducted(String reference) {
    return deductionReferences.contains(reference);
  }

  public List<CreditDeduction> deductions() {
    return List.copyOf(deductions);
  }

  /**
   * Erases an actor's account: the pseudonymous id is removed from memory and the balance, points
   * and counts are zeroed. Programme totals are untouched. Returns false when the actor is unknown.
   */
  public boolean erase(String actorId) {
    byte[] b = actorId.getBytes(StandardCharsets.UTF_8);
    return actors.remove(b, 0, b.length) >= 0;
  }

  /** True when the actor has an account (known and not erased). */
  public boolean hasAccount(String actorId) {
    byte[] b = actorId.getBytes(StandardCharsets.UTF_8);
    return actors.find(b, 0, b.length, ByteKeyIndex.hash(b, 0, b.length)) >= 0;
  }

  /**
   * An actor's account, or null when unknown or erased.
   *
   * @throws LedgerOutOfRange when the ledger's sums are not exact (see {@link #inRange()})
   */
  public Account account(String actorId) {
    requireInRange();
    byte[] b = actorId.getBytes(StandardCharsets.UTF_8);
    int slot = actors.find(b, 0, b.length, ByteKeyIndex.hash(b, 0, b.length));
    if (slot < 0) {
      return null;
    }
    long at = actors.entry(slot);
    return new Account(
        actorId, actors.payload(at, 0), actors.payload(at, 1), actors.payload(at, 2));
  }

  /** Number of actors with an account. */
  public int actorCount() {
    return actors.size();
  }

  /** Number of distinct event ids counted. */
  public long acceptedCount() {
    return accepted;
  }

  /** Number of events refused for a reason. */
  public long rejectedCount(RejectionReason reason) {
    return rejected[reason.ordinal()];
  }

  /** Adds refusal counts (used when restoring stored state). */
  public void addRejected(RejectionReason reason, long n) {
    rejected[reason.ordinal()] += n;
  }

  /** Bytes held by the exact event-id set (arena plus table). */
  public long eventIdBytes() {
    return eventIds.bytesHeld();
  }

  /** The aggregates, one row per non-empty cell, sorted by programme, action, region, month. */
  public List<AggregateRow> aggregates() {
    List<AggregateRow> out = new ArrayList<>(buckets.size());
    buckets.forEach(
        (k, grams, events, weakGrams) -> {
          if (events > 0) { // a cell whose every event was reversed is as if never counted
            out.add(
                new AggregateRow(
                    programmes.get((int) (k >>> 42)),
                    catalog.methodologies().get((int) ((k >>> 32) & 0x3FF)).action(),
                    regions.get((int) ((k >>> 16) & 0xFFFF)),
                    UtcCalendar.monthText((int) (k & 0xFFFF)),
                    events,
                    grams,
                    weakGrams));
          }
        });
    out.sort(
        Comparator.comparing(AggregateRow::programme)
            .thenComparing(AggregateRow::action)
            .thenComparing(AggregateRow::region)
            .thenComparing(AggregateRow::month));
    return out;
  }

  /**
   * Totals, rejections, deductions and progress against the 1.5 Gt target.
   *
   * @throws LedgerOutOfRange when the ledger's sums are not exact (see {@link #inRange()})
   */
  public LedgerTotals totals() {
    requireInRange();
    long[] r = rejected.clone();
    return LedgerTotals.of(catalog.version(), accepted, r, aggregates(), deductions, catalog);
  }

  /** The leaderboard's order: balance, then points, both descending, then actor id. */
  private static final Comparator<Account> RANKING =
      Comparator.comparingLong(Account::grams)
          .thenComparingLong(Account::points)
          .reversed()
          .thenComparing(Account::actor);

  /**
   * Top actors by balance (ties by points, then by actor id), at most {@code limit}: one pass over
   * the accounts keeping the best {@code limit} in a heap, so the cost grows with the number of
   * actors times log(limit) and the memory with {@code limit} only.
   */
  public List<Account> leaderboard(int limit) {
    requireInRange();
    if (limit <= 0) {
      return List.of();
    }
    PriorityQueue<Account> best = new PriorityQueue<>(limit + 1, RANKING.reversed());
    actors.forEachEntry(
        (key, a, at) -> {
          Account next =
              new Account(key, actors.payload(at, 0), actors.payload(at, 1), actors.payload(at, 2));
          if (best.size() < limit) {
            best.add(next);
          } else if (RANKING.compare(next, best.peek()) < 0) {
            best.poll();
            best.add(next);
          }
        });
    List<Account> ranked = new ArrayList<>(best);
    ranked.sort(RANKING);
    return ranked;
  }
}
