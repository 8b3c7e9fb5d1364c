package org.scopeplus.io.scope3plus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.problem.ProblemTally;
import org.scopeplus.core.scope3plus.AccountEntry;
import org.scopeplus.core.scope3plus.CountedEvent;
import org.scopeplus.core.scope3plus.CreditDeduction;
import org.scopeplus.core.scope3plus.Decision;
import org.scopeplus.core.scope3plus.Event;
import org.scopeplus.core.scope3plus.Ledger;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.PointsRates;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.Restatement;
import org.scopeplus.core.scope3plus.Reversal;
import org.scopeplus.core.text.Sentence;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The ledger's durable state in a directory: append-only segment files of counted events (each with
 * a CRC-32), an actor index per segment, and a manifest that lists the committed segments, the
 * refusal counts, how far each input file was read, the credit deductions, the reversals and the
 * points rates. A batch is committed by writing and syncing its segment, writing its index, then
 * writing the manifest to a temporary file, syncing it, renaming it over the old one atomically and
 * syncing the folder. On open, segments the manifest does not list are deleted and the listed ones
 * are replayed; so a process killed at any point and run again ends with exactly the state of a run
 * that was never interrupted.
 *
 * <p>Events are decided in memory, by the rules that need the ledger's state, and their batch is
 * then committed; a batch that fails to commit is taken out of memory again (the store reads back
 * its last commit), so memory never holds a counted event the disk does not, and a caller that
 * retries counts it once. Every other change is written ahead: a deduction, a reversal (event id
 * and reason), an erasure (segments rewritten without the actor) and new points rates are committed
 * to the manifest before memory changes, and one that fails to commit leaves memory as the disk has
 * it. Reversed events stay in their segments and are skipped, apart from their ids, when replayed.
 *
 * <p>An account's history is read through the actor indexes ({@link ActorIndex}): only the blocks
 * of the segments that hold the actor's records are read, each checked against its CRC-32. An index
 * is derived data: on open, one that is missing, damaged or made for another segment content is
 * rebuilt from its segment, which the replay has just read and checked.
 */
public final class StateStore {

  /** Lines read between commits unless told otherwise. */
  public static final int DEFAULT_BATCH = 1_000_000;

  private static final String MANIFEST = "manifest.json";
  private static final String SEGMENTS = "segments";
  private static final String INDEX = "index";
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows");
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Path dir;
  private final MethodologyCatalog catalog;
  private Ledger ledger;
  private final int expected;
  private final List<Segment> segments = new ArrayList<>();
  private final Map<String, long[]> files = new LinkedHashMap<>();
  private final List<String> storedActions = new ArrayList<>();
  private final Map<String, String> reversals = new LinkedHashMap<>();
  private final List<Restatement> restatements = new ArrayList<>();
  private boolean restated;
  private int[] toStored;
  private int[] toCatalog;
  private PointsRates rates;
  private int nextSegment = 1;
  private SegmentWriter writer;
  private final ActorIndex.Entries pending = new ActorIndex.Entries();
  private int rebuiltIndexes;

  /**
   * A committed segment and its actor index; {@code format} says how its records hold points
   * ({@link SegmentRecord#FORMAT}, or {@link SegmentRecord#WHOLE_POINTS} for a segment written
   * before points were kept in millionths, which the manifest lists without a format).
   */
  private record Segment(
      String name, int records, long bytes, long crc, ActorIndex index, int format) {}

  private StateStore(Path dir, MethodologyCatalog catalog, PointsRates rates, int expected) {
    this.dir = dir;
    this.catalog = catalog;
    this.rates = rates;
    this.expected = expected;
    this.ledger = new Ledger(catalog, rates, expected);
  }

  /**
   * Puts memory back to what the disk holds after a batch failed to commit: closes the segment
   * being written (unlisted, it is deleted on the next open) and reads the last commit again, so no
   * event of the failed batch stays counted in memory.
   */
  private void backToLastCommit() throws IOException {
    if (writer != null) {
      writer.abandon();
      writer = null;
    }
    pending.clear();
    // unlisted files stay until the next open deletes them; the next commit writes over its name
    StateStore disk = read(dir, catalog, rates, expected);
    ledger = disk.ledger;
    segments.clear();
    segments.addAll(disk.segments);
    files.clear();
    files.putAll(disk.files);
    storedActions.clear();
    storedActions.addAll(disk.storedActions);
    reversals.clear();
    reversals.putAll(disk.reversals);
    toStored = disk.toStored;
    toCatalog = disk.toCatalog;
    nextSegment = disk.nextSegment;
  }

  /** Runs an ingestion; when it fails to write, memory goes back to the last commit. */
  private IngestReport committing(Ingestion ingestion) throws IOException {
    try {
      return ingestion.run();
    } catch (IOException | java.io.UncheckedIOException ex) {
      try {
        backToLastCommit();
      } catch (IOException again) {
        ex.addSuppressed(again);
      }
      throw ex;
    }
  }

  /** An ingestion that may fail to write. */
  private interface Ingestion {
    IngestReport run() throws IOException;
  }

  /**
   * Opens the state in {@code dir} (created when absent) and replays it. {@code rates} applies to
   * events counted from now on; null keeps the stored rates.
   */
  public static StateStore open(
      Path dir, MethodologyCatalog catalog, PointsRates rates, int expectedEvents)
      throws IOException {
    Files.createDirectories(dir.resolve(SEGMENTS));
    Files.createDirectories(dir.resolve(INDEX));
    StateStore s = read(dir, catalog, rates, expectedEvents);
    s.deleteUnlisted();
    if (s.restatedOnOpen) {
      s.writeManifest(null);
    }
    return s;
  }

  /** The state in {@code dir} as its manifest lists it, leaving unlisted files where they are. */
  private static StateStore read(
      Path dir, MethodologyCatalog catalog, PointsRates rates, int expectedEvents)
      throws IOException {
    Path manifest = dir.resolve(MANIFEST);
    JsonNode root = Files.exists(manifest) ? JSON.readTree(manifest.toFile()) : null;
    PointsRates stored = root == null ? PointsRates.standard() : readRates(root.path("points"));
    StateStore s = new StateStore(dir, catalog, rates != null ? rates : stored, expectedEvents);
    boolean newRestatement = false;
    if (root != null) {
      newRestatement = s.load(root);
    }
    s.mapActions();
    s.restatedOnOpen = newRestatement;
    return s;
  }

  /**
   * Whether opening applied a restatement the manifest did not yet record (written once by open).
   */
  private boolean restatedOnOpen;

  public Ledger ledger() {
    return ledger;
  }

  public PointsRates pointsRates() {
    return rates;
  }

  /**
   * By stored action, the version its events were counted under when a change of version could not
   * be restated yet (its grams beyond a long), kept in the manifest until it can; else null.
   */
  private String[] versionsNotRestated = new String[0];

  /** Loads the state; true when a methodology withdrawn since made a new restatement. */
  private boolean load(JsonNode root) throws IOException {
    for (JsonNode p : root.path("programmes")) {
      ledger.internProgramme(p.asString());
    }
    for (JsonNode r : root.path("regions")) {
      ledger.internRegion(r.asString());
    }
    root.path("actions").forEach(a -> storedActions.add(a.asString()));
    int[] remap = new int[storedActions.size()];
    for (int i = 0; i < remap.length; i++) {
      remap[i] = catalog.indexOf(storedActions.get(i));
      if (remap[i] < 0 && catalog.retired().containsKey(storedActions.get(i))) {
        continue; // counted under a withdrawn methodology: restated below
      }
      if (remap[i] < 0) {
        throw new IOException(
            "the state in "
                + dir
                + " counted action "
                + storedActions.get(i)
                + ", which the methodology catalog no longer has");
      }
    }
    for (var e : root.path("rejections").properties()) {
      ledger.addRejected(RejectionReason.valueOf(e.getKey()), e.getValue().asLong());
    }
    for (JsonNode f : root.path("files")) {
      files.put(
          f.path("key").asString(),
          new long[] {f.path("position").asLong(), f.path("line").asLong()});
    }
    for (JsonNode v : root.path("reversals")) {
      reversals.put(v.path("event").asString(), v.path("reason").asString());
    }
    for (JsonNode r : root.path("restatements")) {
      restatements.add(
          new Restatement(
              r.path("fromCatalog").asString(),
              r.path("toCatalog").asString(),
              r.path("action").asString(),
              r.path("version").asString(),
              r.path("reason").asString(),
              r.path("events").asLong(),
              r.path("grams").asLong(),
              r.path("newVersion").asString(""),
              said(r)));
    }
    long[] restatedEvents = new long[remap.length];
    long[] restatedGrams = new long[remap.length];
    long[] countedEvents = new long[remap.length];
    long[] countedGrams = new long[remap.length];
    boolean[] gramsBeyond = new boolean[remap.length];
    versionsNotRestated = new String[remap.length];
    for (JsonNode d : root.path("deductions")) {
      ledger.restoreDeduction(
          new CreditDeduction(
              d.path("programme").asString(),
              d.path("month").asInt(),
              d.path("grams").asLong(),
              d.path("reference").asString()));
    }
    nextSegment = root.path("nextSegment").asInt(1);
    for (JsonNode g : root.path("segments")) {
      Segment seg =
          new Segment(
              g.path("name").asString(),
              g.path("records").asInt(),
              g.path("bytes").asLong(),
              g.path("crc32").asLong(),
              null,
              g.path("format").asInt(SegmentRecord.WHOLE_POINTS));
      byte[] bytes = readSegment(seg);
      segments.add(
          new Segment(
              seg.name(),
              seg.records(),
              seg.bytes(),
              seg.crc(),
              indexOf(seg, bytes),
              seg.format()));
      SegmentRecord r = new SegmentRecord(bytes, seg.format());
      while (r.next()) {
        if (!reversals.isEmpty()
            && reversals.containsKey(new String(bytes, r.idOff, r.idLen, StandardCharsets.UTF_8))) {
          ledger.restoreReversed(bytes, r.idOff, r.idLen);
          continue;
        }
        if (remap[r.methodology] < 0) {
          ledger.restoreReversed(bytes, r.idOff, r.idLen);
          restatedEvents[r.methodology]++;
          restatedGrams[r.methodology] = Math.addExact(restatedGrams[r.methodology], r.grams);
          restated = true;
          continue;
        }
        countedEvents[r.methodology]++;
        if (!gramsBeyond[r.methodology]) {
          long sum = countedGrams[r.methodology] + r.grams;
          if (((countedGrams[r.methodology] ^ sum) & (r.grams ^ sum)) < 0) {
            gramsBeyond[r.methodology] = true; // a state holding an event from before the bounds
          } else {
            countedGrams[r.methodology] = sum;
          }
        }
        ledger.restore(
            bytes,
            r.idOff,
            r.idLen,
            r.claimOff,
            r.claimLen,
            r.actorOff,
            r.actorLen,
            remap[r.methodology],
            r.programme,
            r.region,
            r.day,
            r.grams,
            r.points);
      }
    }
    boolean added = false;
    for (int i = 0; i < remap.length; i++) {
      if (remap[i] >= 0 || restatedEvents[i] == 0) {
        continue;
      }
      MethodologyCatalog.Retirement w = catalog.retired().get(storedActions.get(i));
      boolean known =
          restatements.stream()
              .anyMatch(x -> x.action().equals(w.action()) && x.toCatalog().equals(w.retiredIn()));
      if (!known) {
        restatements.add(
            new Restatement(
                root.path("catalog").asString(""),
                catalog.version(),
                w.action(),
                w.version(),
                w.reason(),
                restatedEvents[i],
                restatedGrams[i]));
        added = true;
      }
    }
    return versionChanges(root, remap, countedEvents, countedGrams, gramsBeyond) || added;
  }

  /**
   * Records, once, a restatement for each methodology of the catalog whose version differs from the
   * version the state counted its events under (the manifest's {@code versions}; a state written
   * before versions were recorded under another catalog is taken to have counted the version the
   * catalog's change names as earlier); true when one was added.
   */
  private boolean versionChanges(
      JsonNode root,
      int[] remap,
      long[] countedEvents,
      long[] countedGrams,
      boolean[] gramsBeyond) {
    String storedCatalog = root.path("catalog").asString("");
    JsonNode versions = root.path("versions");
    boolean added = false;
    for (int i = 0; i < remap.length; i++) {
      if (remap[i] < 0 || countedEvents[i] == 0) {
        continue;
      }
      Methodology m = catalog.methodologies().get(remap[i]);
      MethodologyCatalog.VersionChange change = catalog.changes().get(m.action());
      String counted =
          versions.isArray() && i < versions.size()
              ? versions.get(i).asString("")
              : change != null && !storedCatalog.equals(catalog.version())
                  ? change.from()
                  : m.version();
      if (gramsBeyond[i] && !counted.equals(m.version())) {
        versionsNotRestated[i] = counted;
      }
      if (counted.isEmpty() || counted.equals(m.version()) || gramsBeyond[i]) {
        // a sum of grams beyond a long: the ledger is refused as out of range until the wrong
        // event is reversed, and the change is recorded when it is opened in range
        continue;
      }
      boolean known =
          restatements.stream()
              .anyMatch(
                  x ->
                      x.action().equals(m.action())
                          && x.version().equals(counted)
                          && x.newVersion().equals(m.version()));
      if (known) {
        continue;
      }
      restatements.add(
          new Restatement(
              storedCatalog,
              catalog.version(),
              m.action(),
              counted,
              change != null ? change.reason() : unstatedEnglish(counted, m.version()),
              countedEvents[i],
              countedGrams[i],
              m.version(),
              change != null ? null : unstatedReason(counted, m.version())));
      added = true;
    }
    return added;
  }

  /**
   * The reason a restatement records when the catalog states none for a methodology's change of
   * version, as a coded sentence ({@code catalogue.versionChangedUnstated}) a page says in its
   * reader's language; {@link #unstatedEnglish} is its English, kept as the restatement's reason.
   */
  public static Sentence unstatedReason(String from, String to) {
    return Sentence.of("catalogue.versionChangedUnstated", from, to);
  }

  /** {@link #unstatedReason} in English, as the ledger keeps it. */
  static String unstatedEnglish(String from, String to) {
    return "the methodology changed from version "
        + from
        + " to "
        + to
        + " without a stated reason";
  }

  /**
   * A kept restatement's coded reason: as kept ({@code reasonSaid}); for one kept before reasons
   * had codes, the ledger's own reason for a version change is known by its English, which only the
   * ledger writes.
   */
  private static Sentence said(JsonNode r) {
    JsonNode said = r.path("reasonSaid");
    if (said.isObject()) {
      List<Object> args = new ArrayList<>();
      said.path("args").forEach(a -> args.add(a.asString()));
      return new Sentence(said.path("key").asString(), args);
    }
    String from = r.path("version").asString();
    String to = r.path("newVersion").asString("");
    return !to.isEmpty() && r.path("reason").asString().equals(unstatedEnglish(from, to))
        ? unstatedReason(from, to)
        : null;
  }

  private void mapActions() {
    toStored = new int[catalog.methodologies().size()];
    for (int i = 0; i < toStored.length; i++) {
      String action = catalog.methodologies().get(i).action();
      int at = storedActions.indexOf(action);
      if (at < 0) {
        at = storedActions.size();
        storedActions.add(action);
      }
      toStored[i] = at;
    }
    toCatalog = new int[storedActions.size()];
    for (int i = 0; i < toCatalog.length; i++) {
      toCatalog[i] = catalog.indexOf(storedActions.get(i));
    }
  }

  private byte[] readSegment(Segment seg) throws IOException {
    byte[] bytes = Files.readAllBytes(segmentPath(seg.name()));
    CRC32 crc = new CRC32();
    crc.update(bytes);
    if (bytes.length != seg.bytes() || crc.getValue() != seg.crc()) {
      throw damaged(seg);
    }
    return bytes;
  }

  private IOException damaged(Segment seg) {
    return new IOException("segment " + seg.name() + " in " + dir + " is damaged (checksum)");
  }

  private Path segmentPath(String name) {
    return dir.resolve(SEGMENTS).resolve(name);
  }

  private Path indexPath(String segment) {
    return dir.resolve(INDEX).resolve(segment.replaceFirst("\\.bin$", "") + ".idx");
  }

  /**
   * The actor index of a listed segment whose verified bytes are {@code bytes}: read from its file
   * when that is intact and made for this content, otherwise rebuilt from the bytes and written.
   */
  private ActorIndex indexOf(Segment seg, byte[] bytes) throws IOException {
    Path p = indexPath(seg.name());
    ActorIndex index =
        Files.isRegularFile(p)
            ? ActorIndex.decode(Files.readAllBytes(p), seg.bytes(), seg.crc())
            : null;
    if (index == null) {
      index = ActorIndex.build(bytes, bytes.length);
      Files.write(p, index.encode(seg.bytes(), seg.crc()));
      rebuiltIndexes++;
    }
    return index;
  }

  /** How many actor indexes this store rebuilt when it opened (missing, damaged or stale). */
  int rebuiltIndexes() {
    return rebuiltIndexes;
  }

  private void deleteUnlisted() throws IOException {
    Set<String> listed = new HashSet<>();
    Set<String> indexes = new HashSet<>();
    for (Segment s : segments) {
      listed.add(s.name());
      indexes.add(indexPath(s.name()).getFileName().toString());
    }
    for (var folder : Map.of(SEGMENTS, listed, INDEX, indexes).entrySet()) {
      try (var list = Files.list(dir.resolve(folder.getKey()))) {
        for (Path p : list.toList()) {
          if (!folder.getValue().contains(p.getFileName().toString())) {
            Files.delete(p);
          }
        }
      }
    }
    Files.deleteIfExists(dir.resolve(MANIFEST + ".tmp"));
  }

  /**
   * Counts a batch of events handed over in memory (e.g. by a service's batch API) and commits them
   * durably before returning: all of the batch is committed, or, if the process dies first, none of
   * it. Sending the same batch again counts nothing twice: its events are refused as duplicates.
   *
   * @param source a name for the batch, used in the problems (e.g. a request id)
   * @param events the events, in order
   */
  public IngestReport ingest(String source, List<Event> events) throws IOException {
    return committing(() -> ingestBatch(source, events));
  }

  private IngestReport ingestBatch(String source, List<Event> events) throws IOException {
    long[] before = rejectionCounts();
    long acceptedBefore = ledger.acceptedCount();
    SegmentBuffer seg = new SegmentBuffer();
    ProblemTally problems = new ProblemTally();
    RawEvent slots = new RawEvent();
    Decision d = new Decision();
    long index = 0;
    for (Event e : events) {
      index++;
      e.fill(slots);
      if (ledger.offer(slots, d)) {
        append(seg, slots, d);
      } else {
        RejectionReason r = d.reason();
        problems.add(new Problem(source, index, "", refusal(r, e.id(), e.action(), slots)));
      }
    }
    commit(seg, null, 0, 0);
    return new IngestReport(
        source,
        0,
        ledger.acceptedCount() - acceptedBefore,
        rejectedSince(before),
        problems.listed(),
        1);
  }

  /**
   * A refused event's sentence: the reason, and for a methodology not configured the keys of the
   * values it needs, for an unknown action the catalog's actions of its family (a device category
   * without a footprint names the categories there are), for an unknown unit the unit as given.
   */
  private String refusal(RejectionReason r, String id, String action, RawEvent e) {
    StringBuilder b = new StringBuilder(r.sentence());
    if (r == RejectionReason.METHODOLOGY_NOT_CONFIGURED) {
      int m = catalog.indexOf(action);
      if (m >= 0) {
        var methodology = catalog.methodologies().get(m);
        List<String> keys = new ArrayList<>();
        for (String role : methodology.missing()) {
          keys.add(methodology.parameters().get(role).key());
        }
        b.append(": ").append(action).append(" needs ").append(String.join(", ", keys));
      }
    } else if (r == RejectionReason.UNKNOWN_ACTION && !catalog.family(action).isEmpty()) {
      b.append(": ")
          .append(action)
          .append(" is not in the catalog, whose actions of its family are ")
          .append(String.join(", ", catalog.family(action)));
    } else if (r == RejectionReason.UNKNOWN_UNIT && e.unknownUnit() != null) {
      b.append(": '").append(e.unknownUnit()).append('\'');
    }
    return b.append(" (event ").append(id).append(", ").append(r).append(')').toString();
  }

  /**
   * Ingests one NDJSON ({@code .ndjson}, {@code .jsonl}) or CSV file, committing every {@code
   * batchLines} lines and at the end. A file read before (same path, size and first bytes) resumes
   * where its last commit left it.
   */
  public IngestReport ingest(Path file, int batchLines) throws IOException {
    return committing(() -> ingestFile(file, batchLines));
  }

  private IngestReport ingestFile(Path file, int batchLines) throws IOException {
    String key = fileKey(file);
    long[] progress = files.getOrDefault(key, new long[] {0, 1});
    long resumedAt = progress[0];
    long[] before = rejectionCounts();
    long acceptedBefore = ledger.acceptedCount();
    SegmentBuffer seg = new SegmentBuffer();
    ProblemTally problems = new ProblemTally();
    int[] commits = {0};
    long[] last = {progress[0], progress[1]};
    String name = file.toString();
    boolean csv = name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv");
    CountingSink sink =
        new CountingSink() {
          long sinceCommit;
          final Decision decision = new Decision();

          @Override
          public void event(RawEvent e, long line, long position) {
            ledger.offer(e, decision);
            counted(e, decision, line, position);
          }

          @Override
          public void counted(RawEvent e, Decision d, long line, long position) {
            if (d.counted()) {
              append(seg, e, d);
            } else {
              RejectionReason r = d.reason();
              String action =
                  e.actionLength() < 0
                      ? ""
                      : new String(
                          e.buffer(), e.actionOffset(), e.actionLength(), StandardCharsets.UTF_8);
              problems.add(new Problem(name, line, "", refusal(r, e.id(), action, e)));
            }
            after(line, position);
          }

          @Override
          public void malformed(long line, long position) {
            ledger.reject(RejectionReason.MALFORMED);
            problems.add(
                new Problem(name, line, "", RejectionReason.MALFORMED.sentence() + " (MALFORMED)"));
            after(line, position);
          }

          private void after(long line, long position) {
            last[0] = position;
            last[1] = line + 1;
            if (++sinceCommit >= batchLines) {
              sinceCommit = 0;
              try {
                commit(seg, key, position, line + 1);
              } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
              }
              commits[0]++;
            }
          }
        };
    try {
      if (csv) {
        try (InputStream in = Files.newInputStream(file)) {
          String headerProblem = new CsvEventReader().read(name, in, progress[0], sink);
          if (headerProblem != null) {
            throw new IOException(file + ": " + headerProblem);
          }
        }
      } else {
        try (InputStream in = Files.newInputStream(file)) {
          in.skipNBytes(progress[0]);
          new NdjsonEventReader()
              .read(
                  in,
                  progress[0],
                  progress[1],
                  (EventBatch b) -> {
                    ledger.offerAll(
                        b.events,
                        b.malformed,
                        b.size,
                        (i, r) -> {
                          if (b.malformed[i]) {
                            sink.malformed(b.lines[i], b.positions[i]);
                          } else {
                            sink.counted(b.events[i], r, b.lines[i], b.positions[i]);
                          }
                        });
                  });
        }
      }
    } catch (java.io.UncheckedIOException ex) {
      throw ex.getCause();
    }
    commit(seg, key, csv ? last[0] : Files.size(file), last[1]);
    commits[0]++;
    return new IngestReport(
        name,
        resumedAt,
        ledger.acceptedCount() - acceptedBefore,
        rejectedSince(before),
        problems.listed(),
        commits[0]);
  }

  /** An event sink that can also receive events the ledger has already counted. */
  private interface CountingSink extends EventSink {
    void counted(RawEvent e, Decision d, long line, long position);
  }

  private long[] rejectionCounts() {
    long[] out = new long[RejectionReason.values().length];
    for (RejectionReason r : RejectionReason.values()) {
      out[r.ordinal()] = ledger.rejectedCount(r);
    }
    return out;
  }

  /** The refusals counted since {@code before} (from {@link #rejectionCounts}), by reason. */
  private Map<RejectionReason, Long> rejectedSince(long[] before) {
    Map<RejectionReason, Long> rejected = new EnumMap<>(RejectionReason.class);
    for (RejectionReason r : RejectionReason.values()) {
      long n = ledger.rejectedCount(r) - before[r.ordinal()];
      if (n != 0) {
        rejected.put(r, n);
      }
    }
    return rejected;
  }

  private void append(SegmentBuffer seg, RawEvent e, Decision c) {
    byte[] b = e.buffer();
    long start = (writer == null ? 0 : writer.bytes()) + seg.size;
    seg.field(b, e.idOffset(), e.idLength());
    seg.field(ledger.countedKeys(), 0, ledger.countedKeysLength());
    int actorAt = seg.size;
    seg.field(b, e.actorOffset(), e.actorLength());
    pending.add(actorAt + 1, seg.bytes[actorAt] & 0xFF, seg.bytes, start);
    seg.field(b, e.evidenceOffset(), Math.min(255, e.evidenceLength()));
    seg.u16(toStored[c.methodology()]);
    seg.u16(c.programme());
    seg.u16(c.region());
    seg.i32(c.epochDay());
    seg.i64(c.grams());
    seg.i64(c.points());
    seg.records++;
    if (seg.size >= SegmentWriter.CHUNK) {
      try {
        writer().spill(seg);
      } catch (IOException ex) {
        throw new java.io.UncheckedIOException(ex);
      }
    }
  }

  private SegmentWriter writer() throws IOException {
    if (writer == null) {
      String name = String.format("seg-%08d.bin", nextSegment++);
      writer = new SegmentWriter(segmentPath(name));
    }
    return writer;
  }

  private void commit(SegmentBuffer seg, String fileKey, long position, long line)
      throws IOException {
    if (seg.size > 0 || writer != null) {
      segments.add(written(seg, pending.toArray()));
      pending.clear();
      syncSegmentFolder();
    }
    if (fileKey != null) {
      files.put(fileKey, new long[] {position, line});
    }
    writeManifest(null);
  }

  /**
   * Writes what is left of {@code seg} to the open (or a new) segment file and syncs it, then
   * writes and syncs its actor index of {@code entries} (see {@link ActorIndex#entry}).
   */
  private Segment written(SegmentBuffer seg, long[] entries) throws IOException {
    SegmentWriter w = writer();
    w.spill(seg);
    w.finish();
    writer = null;
    String name = w.path().getFileName().toString();
    ActorIndex index = ActorIndex.of(entries, w.blocks());
    // derived data, not synced: an index lost or torn by a crash is rebuilt on open
    Files.write(indexPath(name), index.encode(w.bytes(), w.crc()));
    return new Segment(name, w.records(), w.bytes(), w.crc(), index, SegmentRecord.FORMAT);
  }

  /** Syncs the folder new segment files were made in, so that their names are durable. */
  private void syncSegmentFolder() throws IOException {
    syncFolder(dir.resolve(SEGMENTS));
  }

  /**
   * Syncs a folder, which makes the files created or renamed in it durable. Windows cannot open a
   * folder to sync it; there, NTFS journals the names itself.
   */
  private static void syncFolder(Path folder) throws IOException {
    if (WINDOWS) {
      return;
    }
    try (FileChannel ch = FileChannel.open(folder, StandardOpenOption.READ)) {
      ch.force(true);
    }
  }

  private static void writeSynced(Path path, byte[] bytes) throws IOException {
    try (FileChannel ch =
        FileChannel.open(
            path,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE)) {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      while (buf.hasRemaining()) {
        ch.write(buf);
      }
      ch.force(true);
    }
  }

  /**
   * Writes the manifest of the state in memory and, when {@code deduction} is given, that deduction
   * too: to a temporary file, synced, renamed over the old one, and the folder synced.
   */
  private void writeManifest(CreditDeduction deduction) throws IOException {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", 1);
    root.put("catalog", catalog.version());
    ArrayNode actions = root.putArray("actions");
    storedActions.forEach(actions::add);
    ArrayNode versions = root.putArray("versions");
    for (int i = 0; i < storedActions.size(); i++) {
      Methodology m = catalog.byAction(storedActions.get(i));
      String pending = i < versionsNotRestated.length ? versionsNotRestated[i] : null;
      versions.add(pending != null ? pending : m == null ? "" : m.version());
    }
    ArrayNode programmes = root.putArray("programmes");
    ledger.programmes().forEach(programmes::add);
    ArrayNode regions = root.putArray("regions");
    ledger.regions().forEach(regions::add);
    ObjectNode rej = root.putObject("rejections");
    for (RejectionReason r : RejectionReason.values()) {
      rej.put(r.name(), ledger.rejectedCount(r));
    }
    ArrayNode f = root.putArray("files");
    files.forEach((k, v) -> f.addObject().put("key", k).put("position", v[0]).put("line", v[1]));
    ArrayNode d = root.putArray("deductions");
    List<CreditDeduction> deductions = new ArrayList<>(ledger.deductions());
    if (deduction != null) {
      deductions.add(deduction);
    }
    for (CreditDeduction c : deductions) {
      d.addObject()
          .put("programme", c.programme())
          .put("month", c.monthIndex())
          .put("grams", c.grams())
          .put("reference", c.reference());
    }
    ArrayNode v = root.putArray("reversals");
    reversals.forEach((event, reason) -> v.addObject().put("event", event).put("reason", reason));
    ArrayNode rs = root.putArray("restatements");
    for (Restatement x : restatements) {
      ObjectNode kept =
          rs.addObject()
              .put("fromCatalog", x.fromCatalog())
              .put("toCatalog", x.toCatalog())
              .put("action", x.action())
              .put("version", x.version())
              .put("reason", x.reason())
              .put("events", x.events())
              .put("grams", x.grams())
              .put("newVersion", x.newVersion());
      if (x.said() != null) {
        // the reason's code, so that a page says it in its reader's language
        ArrayNode args = kept.putObject("reasonSaid").put("key", x.said().key()).putArray("args");
        x.said().args().forEach(a -> args.add((String) a));
      }
    }
    ObjectNode points = root.putObject("points");
    points.put("default", rates.defaultPerKilogram());
    ObjectNode per = points.putObject("programmes");
    rates.perKilogram().forEach(per::put);
    root.put("nextSegment", nextSegment);
    ArrayNode s = root.putArray("segments");
    for (Segment g : segments) {
      s.addObject()
          .put("name", g.name())
          .put("records", g.records())
          .put("bytes", g.bytes())
          .put("crc32", g.crc())
          .put("format", g.format());
    }
    byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    Path tmp = dir.resolve(MANIFEST + ".tmp");
    writeSynced(tmp, bytes);
    try {
      Files.move(
          tmp,
          dir.resolve(MANIFEST),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException ex) {
      throw new IOException("the state directory must support atomic rename: " + dir, ex);
    }
    syncFolder(dir);
  }

  private static PointsRates readRates(JsonNode points) {
    if (points.isMissingNode()) {
      return PointsRates.standard();
    }
    Map<String, Double> per = new LinkedHashMap<>();
    for (var e : points.path("programmes").properties()) {
      per.put(e.getKey(), e.getValue().asDouble());
    }
    return PointsRates.stored(per, points.path("default").asDouble(1.0));
  }

  /**
   * Applies new points rates to events counted from now on and records them in the state; points
   * already credited stay as they were.
   */
  public void changePointsRates(PointsRates rates) throws IOException {
    PointsRates before = this.rates;
    this.rates = rates;
    try {
      writeManifest(null);
    } catch (IOException ex) {
      this.rates = before; // not recorded: the ledger keeps counting with the rates on disk
      throw ex;
    }
    ledger.changePointsRates(rates);
  }

  /**
   * Deducts credits sold; false when the reference was already deducted. The deduction is written
   * to the manifest and synced before the ledger in memory changes: a deduction that fails to
   * commit changes nothing and is refused with an {@link IOException} saying so.
   *
   * @throws org.scopeplus.core.scope3plus.LedgerOutOfRange when the deduction would take the
   *     ledger's sums out of range (nothing is written)
   */
  public boolean deduct(CreditDeduction d) throws IOException {
    if (ledger.deducted(d.reference())) {
      return false;
    }
    if (!ledger.deductionFits(d.grams())) {
      return ledger.deduct(d); // refuses with LedgerOutOfRange, changing nothing
    }
    try {
      writeManifest(d);
    } catch (IOException ex) {
      throw new IOException(
          "the deduction of "
              + d.grams()
              + " g under reference "
              + d.reference()
              + " was not made: the state in "
              + dir
              + " could not be written ("
              + ex.getMessage()
              + "); nothing was deducted",
          ex);
    }
    return ledger.deduct(d);
  }

  /**
   * Erases an actor: the actor id is blanked in every stored segment (rewritten under new names,
   * then committed by the manifest) and then the account is removed from memory, so the
   * pseudonymous id and its history are gone while programme totals stay as they were. An erasure
   * that fails to commit leaves memory as the disk has it.
   */
  public boolean erase(String actor) throws IOException {
    if (!ledger.hasAccount(actor)) {
      return false;
    }
    byte[] target = actor.getBytes(StandardCharsets.UTF_8);
    List<Segment> rewritten = new ArrayList<>();
    List<String> old = new ArrayList<>();
    for (Segment seg : segments) {
      byte[] bytes = readSegment(seg);
      SegmentBuffer out = new SegmentBuffer();
      SegmentRecord r = new SegmentRecord(bytes, seg.format());
      int copied = 0; // bytes of the segment taken over so far; 0 while no record is the actor's
      while (r.next()) {
        if (Arrays.equals(bytes, r.actorOff, r.actorOff + r.actorLen, target, 0, target.length)) {
          out.copy(bytes, copied, r.actorLenAt);
          out.field(bytes, 0, 0);
          copied = r.actorOff + r.actorLen;
        }
      }
      if (copied == 0) {
        rewritten.add(seg);
        continue;
      }
      out.copy(bytes, copied, bytes.length);
      out.records = seg.records();
      Segment copy = written(out, ActorIndex.entries(out.bytes, out.size));
      rewritten.add(
          new Segment(
              copy.name(), copy.records(), copy.bytes(), copy.crc(), copy.index(), seg.format()));
      old.add(seg.name());
    }
    syncSegmentFolder();
    List<Segment> listed = List.copyOf(segments);
    segments.clear();
    segments.addAll(rewritten);
    try {
      writeManifest(null);
    } catch (IOException ex) {
      segments.clear(); // not committed: keep memory as the disk has it
      segments.addAll(listed);
      throw ex;
    }
    ledger.erase(actor);
    for (String name : old) {
      Files.deleteIfExists(segmentPath(name));
      Files.deleteIfExists(indexPath(name));
    }
    return true;
  }

  /**
   * An actor's history from the stored segments, in the order counted. Reads only the records the
   * actor index points to, and checks the blocks of the segment it reads against their CRC-32s.
   */
  public List<AccountEntry> history(String actor) throws IOException {
    byte[] target = actor.getBytes(StandardCharsets.UTF_8);
    List<AccountEntry> out = new ArrayList<>();
    if (target.length == 0) {
      return out;
    }
    int hash = ActorIndex.hash(target, 0, target.length);
    List<String> programmes = ledger.programmes();
    List<String> regions = ledger.regions();
    for (Segment seg : segments) {
      long[] at = seg.index().offsets(hash);
      if (at.length == 0) {
        continue;
      }
      try (FileChannel ch = FileChannel.open(segmentPath(seg.name()), StandardOpenOption.READ)) {
        if (ch.size() != seg.bytes()) {
          throw damaged(seg);
        }
        int i = 0;
        while (i < at.length) {
          // one read for the records whose blocks touch or follow one another
          long from = at[i] / ActorIndex.BLOCK * ActorIndex.BLOCK;
          long to = blockEnd(at[i], seg.bytes());
          int j = i + 1;
          while (j < at.length && at[j] / ActorIndex.BLOCK * ActorIndex.BLOCK <= to) {
            to = Math.max(to, blockEnd(at[j], seg.bytes()));
            j++;
          }
          byte[] bytes = checkedBlocks(ch, seg, from, to);
          SegmentRecord r = new SegmentRecord(bytes, seg.format());
          for (int k = i; k < j; k++) {
            r.at((int) (at[k] - from));
            if (isOf(bytes, r, target)) {
              out.add(entry(bytes, r, programmes, regions));
            }
          }
          i = j;
        }
      }
    }
    return out;
  }

  /**
   * The same history as {@link #history}, found by reading and checking every segment through
   * without the actor index: the reference the index is checked against.
   */
  public List<AccountEntry> historyFullScan(String actor) throws IOException {
    byte[] target = actor.getBytes(StandardCharsets.UTF_8);
    List<AccountEntry> out = new ArrayList<>();
    if (target.length == 0) {
      return out;
    }
    List<String> programmes = ledger.programmes();
    List<String> regions = ledger.regions();
    for (Segment seg : segments) {
      byte[] bytes = readSegment(seg);
      SegmentRecord r = new SegmentRecord(bytes, seg.format());
      while (r.next()) {
        if (isOf(bytes, r, target)) {
          out.add(entry(bytes, r, programmes, regions));
        }
      }
    }
    return out;
  }

  /** End of the last block that holds a record starting at {@code offset}. */
  private static long blockEnd(long offset, long segmentBytes) {
    long end = offset + ActorIndex.MAX_RECORD;
    return Math.min(
        (end + ActorIndex.BLOCK - 1) / ActorIndex.BLOCK * ActorIndex.BLOCK, segmentBytes);
  }

  /**
   * Bytes {@code [from, to)} of a segment, {@code from} at a block start, checked block by block.
   */
  private byte[] checkedBlocks(FileChannel ch, Segment seg, long from, long to) throws IOException {
    byte[] bytes = new byte[(int) (to - from)];
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    while (buf.hasRemaining()) {
      if (ch.read(buf, from + buf.position()) < 0) {
        throw damaged(seg);
      }
    }
    CRC32 crc = new CRC32();
    for (int off = 0; off < bytes.length; off += ActorIndex.BLOCK) {
      crc.reset();
      crc.update(bytes, off, Math.min(ActorIndex.BLOCK, bytes.length - off));
      if ((int) crc.getValue() != seg.index().block((int) ((from + off) / ActorIndex.BLOCK))) {
        throw damaged(seg);
      }
    }
    return bytes;
  }

  /** Whether the record under {@code r} is the actor's and not reversed. */
  private boolean isOf(byte[] bytes, SegmentRecord r, byte[] actor) {
    return Arrays.equals(bytes, r.actorOff, r.actorOff + r.actorLen, actor, 0, actor.length)
        && !((reversals.size() > 0 || restated)
            && ledger.reversed(new String(bytes, r.idOff, r.idLen, StandardCharsets.UTF_8)));
  }

  private AccountEntry entry(
      byte[] bytes, SegmentRecord r, List<String> programmes, List<String> regions) {
    return new AccountEntry(
        new String(bytes, r.idOff, r.idLen, StandardCharsets.UTF_8),
        r.day,
        programmes.get(r.programme),
        toCatalog[r.methodology] < 0
            ? storedActions.get(r.methodology)
            : catalog.methodologies().get(toCatalog[r.methodology]).action(),
        regions.get(r.region),
        r.grams,
        r.points);
  }

  /**
   * Reverses a wrongly counted event: refused when the id was never counted or is reversed already;
   * otherwise the reversal (id and reason) is committed to the manifest first and then every sum
   * the event added is taken away in memory (see {@link Ledger#reverse}). A reversal that fails to
   * commit changes nothing.
   *
   * @param reason why, in a sentence; kept in the manifest
   */
  public Reversal reverse(String eventId, String reason) throws IOException {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a reversal gives its reason");
    }
    Reversal.Why why = ledger.reversalRefusal(eventId);
    if (why != null) {
      return new Reversal.Refused(eventId, why);
    }
    CountedEvent e = counted(eventId);
    if (e == null) {
      return new Reversal.Refused(eventId, Reversal.Why.UNKNOWN_EVENT);
    }
    reversals.put(eventId, reason);
    try {
      writeManifest(null);
    } catch (IOException ex) {
      reversals.remove(eventId); // not committed: memory stays as the disk has it
      throw ex;
    }
    ledger.reverse(e);
    return new Reversal.Reversed(e, reason);
  }

  /**
   * The restatements of this ledger, in the order made: each methodology a newer catalog withdrew,
   * with its reason and the events and grams it no longer counts.
   */
  public List<Restatement> restatements() {
    return java.util.Collections.unmodifiableList(restatements);
  }

  /** The reversals made, event id to reason, in the order made. */
  public Map<String, String> reversals() {
    return java.util.Collections.unmodifiableMap(reversals);
  }

  /**
   * The stored record of a counted event (reversed or not), or null when no segment holds it; reads
   * the segments through.
   */
  public CountedEvent countedEvent(String eventId) {
    try {
      return counted(eventId);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The methodology catalog the ledger counts with. */
  public MethodologyCatalog catalog() {
    return catalog;
  }

  private CountedEvent counted(String eventId) throws IOException {
    byte[] target = eventId.getBytes(StandardCharsets.UTF_8);
    for (Segment seg : segments) {
      byte[] bytes = readSegment(seg);
      SegmentRecord r = new SegmentRecord(bytes, seg.format());
      while (r.next()) {
        if (Arrays.equals(bytes, r.idOff, r.idOff + r.idLen, target, 0, target.length)) {
          return new CountedEvent(
              eventId,
              new String(
                  bytes,
                  r.claimOff,
                  r.claimLen,
                  r.claimLen > 0 && bytes[r.claimOff] == 0
                      ? StandardCharsets.ISO_8859_1
                      : StandardCharsets.UTF_8),
              new String(bytes, r.actorOff, r.actorLen, StandardCharsets.UTF_8),
              toCatalog[r.methodology],
              r.programme,
              r.region,
              r.day,
              r.grams,
              r.points);
        }
      }
    }
    return null;
  }

  /** Bytes of the committed segments. */
  public long segmentBytes() {
    return segments.stream().mapToLong(Segment::bytes).sum();
  }

  private static String fileKey(Path file) throws IOException {
    Path abs = file.toAbsolutePath().normalize();
    long size = Files.size(abs);
    CRC32 crc = new CRC32();
    try (InputStream in = Files.newInputStream(abs)) {
      crc.update(in.readNBytes(65_536));
    }
    return abs + "|" + size + "|" + Long.toHexString(crc.getValue());
  }
}
