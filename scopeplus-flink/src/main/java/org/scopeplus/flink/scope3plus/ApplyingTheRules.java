package org.scopeplus.flink.scope3plus;

import java.util.HashMap;
import java.util.Map;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.scopeplus.core.scope3plus.Assessment;
import org.scopeplus.core.scope3plus.Decision;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.core.scope3plus.Scope3PlusRules;
import org.scopeplus.core.scope3plus.Verdict;

/**
 * Decides every valid event by {@link Scope3PlusRules#decide}, the embedded ledger's own rules, on
 * state kept in Flink: the counted event ids, the held claims and action keys, the daily-cap counts
 * per actor, UTC day and methodology, the programme and region names and the sums of magnitudes.
 * Counted events go on with their points; refusals go to {@link #REFUSED}.
 *
 * <p>The stage has one key ({@link #KEY}), so one task decides, in event-time then id order:
 * whether an event counts can depend on a claim, whose holder can depend on an actor's daily cap,
 * which can depend on another claim, without end, and only decisions made one after the other in
 * one place give the verdicts the embedded ledger gives; claims tie actors, a refused event keeps
 * no id, and names and sums are the whole ledger's, so no key computed from one event splits it
 * (docs/scope3plus-flink.md, "Why one task decides"). Parsing, validation, grams, aggregates and
 * accounts run in parallel around it.
 *
 * <p>Counted event ids, held claims and action keys, and daily-cap counts expire {@link
 * EcosystemSettings#eventIdRetention()} after they were written, in processing time (Flink's state
 * TTL knows no other time): a redelivery of an event id within the window is refused as {@code
 * DUPLICATE_EVENT}, one after it is decided as a new event. Names and the sums of magnitudes are
 * kept for ever (they grow with names, not with events).
 *
 * <p>Names and the sums of magnitudes are read by every decision and written by every counted
 * event; the stage keeps a copy of what it read or wrote of them in memory ({@link Remembered}), so
 * each is read from the state backend once per task and only written after, never read again. The
 * copy is exact: names are never removed, and only this stage writes either; a task restored from a
 * checkpoint starts with an empty copy and reads the restored state.
 */
final class ApplyingTheRules extends EventTimeOrdered<ValidEvent> {

  /** The one key of the stage. */
  static final String KEY = "ledger";

  static final OutputTag<Outcome> REFUSED = new OutputTag<>("refused", Types.POJO(Outcome.class));

  private final EcosystemSettings settings;
  private transient Scope3PlusRules rules;
  private transient PointsRates rates;
  private transient MapState<String, Boolean> ids;
  private transient MapState<String, Boolean> claims;
  private transient MapState<String, Integer> capCounts;
  private transient MapState<String, Integer> programmes;
  private transient MapState<String, Integer> regions;
  private transient ValueState<Integer> programmeCount;
  private transient ValueState<Integer> regionCount;
  private transient ValueState<Long> gramsMagnitude;
  private transient ValueState<Long> pointsMagnitude;
  private transient Remembered remembered;

  ApplyingTheRules(EcosystemSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) throws Exception {
    super.open(context);
    rules = new Scope3PlusRules(settings.catalog());
    rates = settings.pointsRates();
    StateTtlConfig retention = retention(settings);
    ids = map("event-ids", Types.BOOLEAN, retention);
    claims = map("claims", Types.BOOLEAN, retention);
    capCounts = map("cap-counts", Types.INT, retention);
    programmes = map("programmes", Types.INT);
    regions = map("regions", Types.INT);
    programmeCount = value("programme-count", Types.INT);
    regionCount = value("region-count", Types.INT);
    gramsMagnitude = value("grams-magnitude", Types.LONG);
    pointsMagnitude = value("points-magnitude", Types.LONG);
    remembered = new Remembered();
  }

  private <V> MapState<String, V> map(
      String name, org.apache.flink.api.common.typeinfo.TypeInformation<V> type) {
    return getRuntimeContext().getMapState(new MapStateDescriptor<>(name, Types.STRING, type));
  }

  private <V> MapState<String, V> map(
      String name,
      org.apache.flink.api.common.typeinfo.TypeInformation<V> type,
      StateTtlConfig ttl) {
    MapStateDescriptor<String, V> d = new MapStateDescriptor<>(name, Types.STRING, type);
    d.enableTimeToLive(ttl);
    return getRuntimeContext().getMapState(d);
  }

  /**
   * The retention of ids, claims and cap counts: the settings' window from the write that made the
   * entry (a duplicate refused does not prolong it), in processing time, never returning an expired
   * entry. Expired entries are dropped by the state backend's background clean-up (RocksDB's
   * compaction filter, the heap backend's incremental clean-up).
   */
  static StateTtlConfig retention(EcosystemSettings settings) {
    return StateTtlConfig.newBuilder(settings.eventIdRetention())
        .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
        .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
        .build();
  }

  private <V> ValueState<V> value(
      String name, org.apache.flink.api.common.typeinfo.TypeInformation<V> type) {
    return getRuntimeContext().getState(new ValueStateDescriptor<>(name, type));
  }

  @Override
  void decide(ValidEvent e, Context context, Collector<ValidEvent> out) {
    Verdict v =
        rules.decide(
            new Assessment.Valid(e.methodology, e.day, e.grams),
            new Keyed(e, context.getCurrentKey()));
    if (v instanceof Verdict.Counted c) {
      e.points = c.points();
      out.collect(e);
    } else {
      context.output(REFUSED, Outcome.refused(e, ((Verdict.Refused) v).reason().name()));
    }
  }

  /** The stage's keyed state as the rules see it, from one event. */
  private final class Keyed implements Scope3PlusRules.State {
    private final ValidEvent e;
    private final Remembered known;

    /** The count read by {@link #countedToday}, with the key it was read for. */
    private String readCapKey;

    private int readCap;

    Keyed(ValidEvent e, Object key) {
      this.e = e;
      this.known = remembered.of(key);
    }

    private String capKey(int m, int epochDay) {
      return e.actor + '\n' + epochDay + '\n' + m;
    }

    @Override
    public boolean idCounted() {
      return read(() -> ids.contains(e.id));
    }

    @Override
    public boolean claimHeld() {
      return !e.claim.isEmpty() && read(() -> claims.contains(e.claim));
    }

    /**
     * The action key of this event under methodology {@code m}: its action class, actor and UTC
     * minute ({@link Scope3PlusRules#actionMinute}); it starts with a NUL so that it never equals a
     * claim, which is text.
     */
    private String actionKey(int m) {
      return "\u0000"
          + rules.actionClassName(m)
          + '\n'
          + e.actor
          + '\n'
          + Scope3PlusRules.actionMinute(e.epochSecond);
    }

    @Override
    public boolean actionHeld(int m) {
      return read(() -> claims.contains(actionKey(m)));
    }

    @Override
    public int countedToday(int m, int epochDay) {
      String key = capKey(m, epochDay);
      Integer n = read(() -> capCounts.get(key));
      readCapKey = key;
      readCap = n == null ? 0 : n;
      return readCap;
    }

    @Override
    public int programme(int limit) {
      return intern(programmes, programmeCount, known.programmes, e.programme, limit);
    }

    @Override
    public int region(int limit) {
      return intern(regions, regionCount, known.regions, e.region, limit);
    }

    @Override
    public long pointsRate(int programme) {
      return rates.thousandths(e.programme);
    }

    @Override
    public long gramsMagnitude() {
      if (known.gramsMagnitude == null) {
        Long g = read(gramsMagnitude::value);
        known.gramsMagnitude = g == null ? 0L : g;
      }
      return known.gramsMagnitude;
    }

    @Override
    public long pointsMagnitude() {
      if (known.pointsMagnitude == null) {
        Long p = read(pointsMagnitude::value);
        known.pointsMagnitude = p == null ? 0L : p;
      }
      return known.pointsMagnitude;
    }

    @Override
    public void count(Decision c) {
      write(
          () -> {
            ids.put(e.id, true);
            if (!e.claim.isEmpty()) {
              claims.put(e.claim, true);
            }
            claims.put(actionKey(c.methodology()), true);
            if (rules.dailyCap(c.methodology()) > 0) {
              String key = capKey(c.methodology(), c.epochDay());
              int n;
              if (key.equals(readCapKey)) {
                n = readCap;
              } else {
                Integer stored = capCounts.get(key);
                n = stored == null ? 0 : stored;
              }
              capCounts.put(key, n + 1);
            }
            long grams = gramsMagnitude() + Math.abs(c.grams());
            long points = pointsMagnitude() + Math.abs(c.points());
            gramsMagnitude.update(grams);
            pointsMagnitude.update(points);
            known.gramsMagnitude = grams;
            known.pointsMagnitude = points;
          });
    }
  }

  private static int intern(
      MapState<String, Integer> names,
      ValueState<Integer> count,
      Map<String, Integer> known,
      String name,
      int limit) {
    Integer cached = known.get(name);
    if (cached != null) {
      return cached;
    }
    return read(
        () -> {
          Integer i = names.get(name);
          if (i != null) {
            known.put(name, i);
            return i;
          }
          Integer n = count.value();
          int next = n == null ? 0 : n;
          if (next >= limit) {
            return -1;
          }
          names.put(name, next);
          count.update(next + 1);
          known.put(name, next);
          return next;
        });
  }

  /**
   * What the stage read or wrote of one key's names and sums of magnitudes: a name's index never
   * changes once given, and the sums change only through {@link Keyed#count}, which writes the
   * state and this copy together. Emptied when the stage is asked about another key (the stage has
   * one, {@link #KEY}; the copy does not rely on it).
   */
  private static final class Remembered {
    private Object key;
    private final Map<String, Integer> programmes = new HashMap<>();
    private final Map<String, Integer> regions = new HashMap<>();
    private Long gramsMagnitude;
    private Long pointsMagnitude;

    Remembered of(Object current) {
      if (!current.equals(key)) {
        key = current;
        programmes.clear();
        regions.clear();
        gramsMagnitude = null;
        pointsMagnitude = null;
      }
      return this;
    }
  }

  /** A read of keyed state. */
  private interface Read<T> {
    T get() throws Exception;
  }

  /** A write of keyed state. */
  private interface Write {
    void run() throws Exception;
  }

  private static <T> T read(Read<T> r) {
    try {
      return r.get();
    } catch (RuntimeException ex) {
      throw ex;
    } catch (Exception ex) {
      throw new IllegalStateException("keyed state could not be read", ex);
    }
  }

  private static void write(Write w) {
    try {
      w.run();
    } catch (RuntimeException ex) {
      throw ex;
    } catch (Exception ex) {
      throw new IllegalStateException("keyed state could not be written", ex);
    }
  }
}
