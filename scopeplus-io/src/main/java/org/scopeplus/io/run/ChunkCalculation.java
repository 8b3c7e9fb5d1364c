package org.scopeplus.io.run;

import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.scopeplus.core.activity.ActivityCatalog;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.activity.ActivityType;
import org.scopeplus.core.activity.Period;
import org.scopeplus.core.activity.SubstanceRule;
import org.scopeplus.core.calculation.CalculationEngine;
import org.scopeplus.core.calculation.CalculationOutcome;
import org.scopeplus.core.calculation.ContractualClaims;
import org.scopeplus.core.calculation.LinePlan;
import org.scopeplus.core.factor.RegionHierarchy;
import org.scopeplus.core.gas.GwpTable;
import org.scopeplus.core.inventory.InventoryAccumulator;
import org.scopeplus.core.org.ConsolidationApproach;
import org.scopeplus.core.org.OrgPath;
import org.scopeplus.core.org.OrgStructure;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.quantity.MeasureUnit;
import org.scopeplus.core.quantity.UnitSymbols;
import org.scopeplus.io.activity.ActivityRowParser;
import org.scopeplus.io.table.CsvFormat;
import org.scopeplus.io.table.TableRow;

/**
 * One thread's share of a parallel inventory: reads chunks of activity CSV, and calculates each row
 * either on the lean path (plain unquoted cells, cached meaning of every repeated value, a cached
 * {@link LinePlan}) or, for any row the lean path does not vouch for, with the general {@link
 * ActivityRowParser} and {@link CalculationEngine}, which report the same problems as {@link
 * InventoryJob}. Not thread-safe: one per thread.
 */
final class ChunkCalculation {

  /** Settings shared by every thread of a run. */
  record Context(
      ActivityCatalog catalog,
      RegionHierarchy regions,
      GwpTable gwps,
      ActivityRowParser parser,
      CalculationEngine engine,
      OrgStructure org,
      ConsolidationApproach consolidation,
      int year,
      Map<String, LinePlan> plans) {}

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long COMMAS = 0x2C2C2C2C2C2C2C2CL;
  private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;
  private static final long QUOTES = 0x2222222222222222L;
  private static final long RETURNS = 0x0D0D0D0D0D0D0D0DL;
  private static final long SPACES = 0x2020202020202020L;
  private static final long HIGH_BITS = 0x8080808080808080L;

  /**
   * The high bit of each zero byte of {@code v}. Bytes above the lowest zero byte may be flagged
   * wrongly, so only the lowest flag is used.
   */
  private static long zeroBytes(long v) {
    return (v - 0x0101010101010101L) & ~v & 0x8080808080808080L;
  }

  private static final SubstanceMeaning NO_SUBSTANCE = new SubstanceMeaning("", false);

  private final Context context;
  // what each distinct cell value means, worked out once, as ActivityRowParser checks it (empty
  // when the row must take the general path)
  private final ByteInterner<Optional<String>> orgUnits =
      new ByteInterner<>(
          text -> {
            String org = OrgStructure.normalise(text);
            return org.isEmpty() || OrgPath.problem(text) != null
                ? Optional.empty()
                : Optional.of(org);
          });
  private final ByteInterner<String> facilities = new ByteInterner<>(text -> text);
  private final ByteInterner<Optional<Period>> periods = new ByteInterner<>(Period::parse);
  private final ByteInterner<Optional<TypeMeaning>> types;
  private final ByteInterner<Optional<MeasureUnit>> units = new ByteInterner<>(UnitSymbols::parse);
  private final ByteInterner<Optional<String>> regions;
  private final ByteInterner<SubstanceMeaning> substances;
  private final ByteInterner<String> instruments = new ByteInterner<>(text -> text);
  private final Map<ActivityFileScan, ShapeTable> shapeTables = new HashMap<>();
  private ActivityFileScan currentFile;
  private ShapeTable shapes;
  private final List<Problem> rowProblems = new ArrayList<>();

  /** Records calculated on the general path, added up here. */
  final InventoryAccumulator general = new InventoryAccumulator();

  long leanRecords;
  long leanLines;

  /**
   * Whether a sum of a shape left the range of {@code long}: the lean sums are then unusable and
   * the run is made record by record, which names the record.
   */
  boolean sumsOverflowed;

  private int[] starts = new int[32];
  private int[] ends = new int[32];

  /** True when a cell of the current line may be longer than {@link CsvFormat} allows. */
  private boolean longCell;

  ChunkCalculation(Context context) {
    this.context = context;
    this.types =
        new ByteInterner<>(
            text ->
                context
                    .catalog()
                    .type(text)
                    .map(
                        t ->
                            new TypeMeaning(
                                t, t.factorKeys().contains(CalculationEngine.SUPPLIER_SPECIFIC))));
    this.regions =
        new ByteInterner<>(
            text ->
                text.isEmpty()
                        || !context.regions().accepts(text)
                        // a state over several eGRID subregions: the parser decides per record
                        || !context.regions().spans(text).isEmpty()
                    ? Optional.empty()
                    : Optional.of(text));
    this.substances =
        new ByteInterner<>(
            text ->
                new SubstanceMeaning(
                    text, !text.isEmpty() && context.gwps().gas(text).isPresent()));
  }

  /** The shapes of the records calculated on the lean path. */
  Iterable<RecordShape> shapes() {
    List<RecordShape> out = new ArrayList<>();
    for (ShapeTable t : shapeTables.values()) {
      out.addAll(t.values());
    }
    return out;
  }

  /**
   * Reads a chunk into {@code buffer} (or a larger one when it is too small) and calculates it.
   *
   * @return the buffer holding the chunk's bytes
   */
  byte[] run(CsvChunk chunk, FileChannel channel, byte[] buffer) throws IOException {
    int length = Math.toIntExact(chunk.end - chunk.start);
    if (buffer.length < length) {
      buffer = new byte[length];
    }
    ByteBuffer bb = ByteBuffer.wrap(buffer, 0, length);
    long position = chunk.start;
    while (bb.hasRemaining()) {
      int n = channel.read(bb, position);
      if (n < 0) {
        throw new IOException(chunk.file.name + " changed while it was read");
      }
      position += n;
    }
    int pos = 0;
    while (pos < length) {
      pos = line(chunk, buffer, pos, length);
      if (pos < 0) {
        chunk.unsupported = true;
        return buffer;
      }
    }
    return buffer;
  }

  /**
   * Reads and calculates the line starting at {@code pos} (a method of its own, so that the JIT
   * compiles it once rather than replacing a long-running loop on the stack).
   *
   * @return where the next line starts, or -1 for CSV the lean reader leaves to the general one:
   *     quotes, a bare carriage return, and anything {@link CsvFormat} refuses (a control
   *     character, bytes that are not UTF-8, a line or cell beyond its limits), which the general
   *     reader then names with its row and column
   */
  private int line(CsvChunk chunk, byte[] b, int pos, int length) {
    int fields = 0;
    int fieldStart = pos;
    int i = pos;
    int lineEnd = -1;
    longCell = false;
    while (i < length) {
      if (i + 8 <= length) {
        // eight bytes at a time: jump to the first comma, line feed, quote, carriage return,
        // other control character or byte of a multi-byte UTF-8 sequence
        long w = (long) LONGS.get(b, i);
        long m = zeroBytes(w ^ COMMAS) | zeroBytes(w ^ LINE_FEEDS);
        m |= zeroBytes(w ^ QUOTES) | zeroBytes(w ^ RETURNS);
        m |= ((w - SPACES) & ~w & HIGH_BITS) | (w & HIGH_BITS);
        if (m == 0) {
          i += 8;
          continue;
        }
        i += Long.numberOfTrailingZeros(m) >>> 3;
      }
      byte c = b[i];
      if (c == ',') {
        fields = field(fields, fieldStart, i);
        fieldStart = i + 1;
      } else if (c == '\n') {
        lineEnd = i;
        break;
      } else if (c == '"') {
        return -1;
      } else if (c == '\r') {
        if (i + 1 < length ? b[i + 1] != '\n' : chunk.end != chunk.file.size) {
          return -1;
        }
        lineEnd = i;
        break;
      } else if (c < 0) {
        int n = utf8Sequence(b, i, length);
        if (n < 0) {
          return -1;
        }
        i += n;
        continue;
      } else if (c < ' ' && c != '\t') {
        return -1;
      }
      i++;
    }
    if (lineEnd < 0) {
      lineEnd = length;
    }
    int next = lineEnd < length && b[lineEnd] == '\r' ? lineEnd + 2 : lineEnd + 1;
    if (lineEnd == pos) {
      return next; // an empty line: skipped, not numbered
    }
    fields = field(fields, fieldStart, lineEnd);
    if (lineEnd - pos > CsvFormat.MAX_ROW_CHARS || fields > CsvFormat.MAX_COLUMNS || longCell) {
      return -1;
    }
    chunk.rows++;
    row(chunk, b, fields);
    return next;
  }

  private int field(int fields, int from, int to) {
    if (to - from > CsvFormat.MAX_CELL_CHARS) {
      longCell = true;
    }
    if (fields == starts.length) {
      starts = Arrays.copyOf(starts, fields * 2);
      ends = Arrays.copyOf(ends, fields * 2);
    }
    starts[fields] = from;
    ends[fields] = to;
    return fields + 1;
  }

  private void row(CsvChunk chunk, byte[] b, int fields) {
    ActivityFileScan f = chunk.file;
    if (!lean(chunk, b, fields, f)) {
      general(chunk, b, fields, f);
    }
  }

  /** The lean path; false when the row needs the general one. */
  private boolean lean(CsvChunk chunk, byte[] b, int fields, ActivityFileScan f) {
    for (int column : f.mustBeEmpty) {
      if (column < fields && !blank(b, starts[column], ends[column])) {
        return false;
      }
    }
    if (f.recordId >= fields) {
      return false;
    }
    int idFrom = starts[f.recordId];
    int idTo = ends[f.recordId];
    if (idTo == idFrom || b[idFrom] <= ' ' || b[idTo - 1] <= ' ') {
      return false;
    }
    long idHash = 0x9E3779B97F4A7C15L;
    for (int i = idFrom; i < idTo; i++) {
      byte c = b[i];
      if (c < ' ' || c > '~') {
        return false;
      }
      idHash = (idHash ^ c) * 0x100000001B3L;
    }
    if (f != currentFile) {
      currentFile = f;
      shapes = shapeTables.computeIfAbsent(f, x -> new ShapeTable(x.shapeColumns));
    }
    if (!shapes.readable(fields)) {
      return false;
    }
    RecordShape shape = shapes.find(b, starts, ends);
    if (shape == null) {
      shape = resolve(b, fields, f);
      shapes.add(b, starts, ends, shape);
    }
    if (shape == RecordShape.INVALID) {
      return false;
    }
    if (f.quantity >= fields) {
      return false;
    }
    double quantity = number(b, starts[f.quantity], ends[f.quantity]);
    if (!(quantity >= 0 && quantity <= shape.maxQuantity)) {
      // NaN, beyond the plausible bound (the parser refuses it with its row), or negative: refused
      // by the parser, or (where the type allows it) left to the engine, so that the grams summed
      // on one line of a shape never mix signs (see RecordShape)
      return false;
    }
    double share = 1.0;
    if (f.share >= 0 && f.share < fields && ends[f.share] > starts[f.share]) {
      share = number(b, starts[f.share], ends[f.share]);
      if (!(share >= 0 && share <= 1)) {
        return false;
      }
    }
    if (context.year() != 0 && shape.period.year() != context.year()) {
      chunk.id(idHash);
      return true;
    }
    if (shape.consolidated != 0.0 && !shape.plan.linear()) {
      return false;
    }
    if (shape.consolidated != 0.0) {
      try {
        if (!shape.add(quantity, share)) {
          return false; // a line beyond the bound of grams: the engine refuses it with its row
        }
      } catch (ArithmeticException e) {
        sumsOverflowed = true;
      }
      leanLines += shape.plan.lineCount();
    }
    chunk.id(idHash);
    leanRecords++;
    chunk.calculated++;
    return true;
  }

  /**
   * What the shape cells of a row mean, checked as {@link ActivityRowParser} checks them, or {@link
   * RecordShape#INVALID} when the row must take the general path.
   */
  private RecordShape resolve(byte[] b, int fields, ActivityFileScan f) {
    Optional<String> orgUnit = cell(orgUnits, b, fields, f.orgUnit, Optional.empty());
    Optional<Period> period = cell(periods, b, fields, f.period, Optional.empty());
    Optional<TypeMeaning> type = cell(types, b, fields, f.activityType, Optional.empty());
    Optional<MeasureUnit> unit = cell(units, b, fields, f.unit, Optional.empty());
    Optional<String> region = cell(regions, b, fields, f.region, Optional.empty());
    if (orgUnit.isEmpty()
        || period.isEmpty()
        || type.isEmpty()
        || unit.isEmpty()
        || region.isEmpty()) {
      return RecordShape.INVALID;
    }
    TypeMeaning t = type.get();
    MeasureUnit u = unit.get();
    if (t.supplierOnly || !t.type.quantityKinds().contains(u.kind())) {
      return RecordShape.INVALID;
    }
    SubstanceMeaning substance = cell(substances, b, fields, f.substance, NO_SUBSTANCE);
    if (t.type.substance() == SubstanceRule.REQUIRED && !substance.known) {
      return RecordShape.INVALID;
    }
    String instrument = cell(instruments, b, fields, f.instrument, "");
    if (!instrument.isEmpty() && !t.type.isDualReported()) {
      return RecordShape.INVALID;
    }
    String facility = cell(facilities, b, fields, f.facility, "");
    return shape(
        orgUnit.get(), facility, period.get(), t.type, u, region.get(), substance.text, instrument);
  }

  private RecordShape shape(
      String orgUnit,
      String facility,
      Period period,
      ActivityType type,
      MeasureUnit unit,
      String region,
      String substance,
      String instrument) {
    double consolidated = context.org().consolidatedShare(orgUnit, context.consolidation());
    String key =
        type.key()
            + '|'
            + unit
            + '|'
            + region
            + '|'
            + context.engine().resolutionKey(type, region, period)
            + '|'
            + substance
            + '|'
            + (instrument.isEmpty() ? "" : "instrument");
    ContractualClaims claims = context.engine().options().claims();
    // a facility whose electricity has instruments allocated is calculated record by record: the
    // share each instrument covers depends on the facility and month, not on the record's kind
    LinePlan plan =
        !claims.isEmpty() && type.isDualReported() && claims.coverage(facility, period).isPresent()
            ? LinePlan.refused()
            : context
                .plans()
                .computeIfAbsent(
                    key,
                    k -> context.engine().plan(type, unit, region, period, substance, instrument));
    return new RecordShape(orgUnit, facility, period, type, unit, region, consolidated, plan);
  }

  /**
   * What the row's cell in {@code column} means, or {@code absent} when the row has no such cell.
   */
  private <M> M cell(ByteInterner<M> interner, byte[] b, int fields, int column, M absent) {
    if (column < 0 || column >= fields) {
      return absent;
    }
    return interner.meaning(b, starts[column], ends[column]);
  }

  private record TypeMeaning(ActivityType type, boolean supplierOnly) {}

  private record SubstanceMeaning(String text, boolean known) {}

  /**
   * The length of the well-formed UTF-8 sequence of a character other than U+FFFF at {@code i}, or
   * -1 (Unicode 15, table 3-7: no overlong forms, no surrogates, nothing above U+10FFFF).
   */
  static int utf8Sequence(byte[] b, int i, int length) {
    int c = b[i] & 0xFF;
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 3;
      lo = c == 0xE0 ? 0xA0 : 0x80;
      hi = c == 0xED ? 0x9F : 0xBF;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 4;
      lo = c == 0xF0 ? 0x90 : 0x80;
      hi = c == 0xF4 ? 0x8F : 0xBF;
    } else {
      return -1;
    }
    if (i + n > length) {
      return -1;
    }
    int second = b[i + 1] & 0xFF;
    if (second < lo || second > hi) {
      return -1;
    }
    for (int k = 2; k < n; k++) {
      int next = b[i + k] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return -1;
      }
    }
    if (c == 0xEF && second == 0xBF && (b[i + 2] & 0xFF) == 0xBF) {
      return -1; // U+FFFF, the mark readers put for bytes that are not UTF-8
    }
    return n;
  }

  private static boolean blank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t') {
        return false;
      }
    }
    return true;
  }

  private static final double[] POWERS = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22
  };

  /**
   * Parses {@code -?digits(.digits)?} exactly as {@link Double#parseDouble} does, or NaN for any
   * other text (which the general path then judges). With at most 15 significant digits the
   * mantissa and the power of ten are exact doubles, so one division is correctly rounded.
   */
  static double number(byte[] b, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && b[i] == '-') {
      negative = true;
      i++;
    }
    long mantissa = 0;
    int digits = 0;
    int scale = 0;
    boolean point = false;
    int intDigits = 0;
    for (; i < to; i++) {
      byte c = b[i];
      if (c >= '0' && c <= '9') {
        if (mantissa != 0 || c != '0') {
          digits++;
        }
        mantissa = mantissa * 10 + (c - '0');
        if (point) {
          scale++;
        } else {
          intDigits++;
        }
        if (digits > 15) {
          return Double.NaN;
        }
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return Double.NaN;
      }
    }
    if (intDigits == 0 || (point && scale == 0) || scale > 22) {
      return Double.NaN;
    }
    double v = scale == 0 ? (double) mantissa : mantissa / POWERS[scale];
    return negative ? -v : v;
  }

  /** The general path: the reference parser and the engine, record by record. */
  private void general(CsvChunk chunk, byte[] b, int fields, ActivityFileScan f) {
    String[] cells = new String[Math.max(f.width, fields)];
    for (int i = 0; i < cells.length; i++) {
      cells[i] =
          i < fields ? new String(b, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8) : "";
    }
    rowProblems.clear();
    ActivityRecord record =
        context.parser().parse(f.name, f.header, new TableRow(chunk.rows, cells), rowProblems);
    if (record != null) {
      chunk.id(hash(record.id()));
      if (context.year() == 0 || record.period().year() == context.year()) {
        CalculationOutcome outcome = context.engine().calculate(record, general);
        if (outcome instanceof CalculationOutcome.Refused refused) {
          rowProblems.add(refused.problem());
        } else {
          general.countRecord();
          chunk.calculated++;
        }
      }
    }
    for (Problem p : rowProblems) {
      chunk.problem(p);
    }
  }

  /** The id hash of the lean path, for an id that went the general way. */
  static long hash(String id) {
    long h = 0x9E3779B97F4A7C15L;
    for (byte c : id.getBytes(StandardCharsets.UTF_8)) {
      h = (h ^ c) * 0x100000001B3L;
    }
    return h;
  }
}
