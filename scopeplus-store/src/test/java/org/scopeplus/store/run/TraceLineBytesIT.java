package org.scopeplus.store.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scopeplus.store.Database;
import org.scopeplus.store.DatabaseSettings;
import org.scopeplus.store.HashBytes;
import org.scopeplus.store.TestDatabases;

/**
 * A run's writer of trace lines ({@link TraceLineRows#write}) encodes each text of a line once for
 * its COPY row, the result hash and the stored rows' digest, and finds a line's plan through the
 * plans of the lines written last: the hashes it gives must be, byte for byte, those of the
 * separate steps, the SHA-256 of each line's {@link TraceLine#canonical()} text in UTF-8 and {@link
 * StoredRunDigest#plan}, {@link StoredRunDigest#line} with plans numbered in the order of their
 * first line. Generated lines with COPY's special characters, other control characters, Chinese,
 * emoji, a lone surrogate, notes of 2,000 characters, negative, zero and extreme grams, and plan
 * columns equal but not the same objects; on H2 (no COPY) and PostgreSQL. The lines are dropped
 * before they are sent.
 */
class TraceLineBytesIT {

  @TempDir Path dir;

  private static final String[] TEXTS = {
    "",
    "r-1",
    "plant.csv:2",
    "Kestrel/杭州",
    "grid 🌏",
    "tab\tnew\nline\rback\\slash",
    "quote\" and 'apostrophe'",
    "\u0001\u001f\u007f",
    "\ud800 lone",
    "é ü ß ³",
    "1000 kWh x 0.5306 kg CO2/kWh x GWP 1 x 1000 g/kg = 530600 g CO2e",
    "x".repeat(2000),
    "长".repeat(1997) + "..."
  };

  private static final String[] METHODS = {"LOCATION", "MARKET", "NOT_APPLICABLE"};
  private static final String[] GASES = {"CO2", "CH4", "N2O", "HFC-134a"};
  private static final String[] FACTORS = {"", "CN-ZJ-2023", "F|1", "因子\\2"};
  private static final String[] LIBRARIES = {"", "built-in 2024", "own\tlibrary"};
  private static final String[] NOTES = {"", "region CN-ZJ", "y".repeat(2000), "supplier 🌏\n"};

  private static final long[] NUMBERS = {
    0, 1, -1, 530_600, -530_600, Long.MAX_VALUE, Long.MIN_VALUE, -1_000_000_007L
  };

  private static String pick(SplittableRandom random, String[] from) {
    String s = from[random.nextInt(from.length)];
    // now and then an equal text that is another object, as a note made for every line is
    return random.nextInt(4) == 0 ? new String(s.toCharArray()) : s;
  }

  /** A line of one of {@code plans} (its plan columns), with texts and grams of its own. */
  private static TraceLine line(SplittableRandom random, long lineNo, TraceLine[] plans) {
    TraceLine p = plans[random.nextInt(plans.length)];
    return new TraceLine(
        lineNo,
        pick(random, TEXTS),
        pick(random, TEXTS),
        pick(random, TEXTS),
        pick(random, TEXTS),
        p.scope(),
        p.category(),
        copied(random, p.method()),
        copied(random, p.gas()),
        p.biogenic(),
        NUMBERS[random.nextInt(NUMBERS.length)],
        random.nextInt(3) == 0 ? NUMBERS[random.nextInt(NUMBERS.length)] : random.nextLong(),
        copied(random, p.factorId()),
        copied(random, p.factorLibrary()),
        copied(random, p.citation()),
        copied(random, p.factorNote()),
        pick(random, TEXTS));
  }

  private static String copied(SplittableRandom random, String s) {
    return random.nextInt(4) == 0 ? new String(s.toCharArray()) : s;
  }

  /** Plans (the plan columns of lines) drawn at random; some may be drawn twice. */
  private static TraceLine[] plans(SplittableRandom random, int count) {
    TraceLine[] plans = new TraceLine[count];
    for (int i = 0; i < count; i++) {
      plans[i] =
          new TraceLine(
              0,
              "",
              "",
              "",
              "",
              random.nextInt(1, 4),
              random.nextInt(0, 3),
              pick(random, METHODS),
              pick(random, GASES),
              random.nextBoolean(),
              0,
              0,
              pick(random, FACTORS),
              pick(random, LIBRARIES),
              pick(random, TEXTS),
              pick(random, NOTES),
              "");
    }
    return plans;
  }

  @ParameterizedTest
  @ValueSource(strings = {"h2", "postgres"})
  void oneEncodingGivesTheBytesOfTheSeparateSteps(String database) throws Exception {
    DatabaseSettings settings =
        database.equals("h2") ? TestDatabases.h2(dir) : TestDatabases.freshPostgres();
    try (Database db = Database.open(settings)) {
      SplittableRandom random = new SplittableRandom(6);
      StoredRunDigest written = new StoredRunDigest();
      HashBytes canonical = new HashBytes();
      StoredRunDigest separate = new StoredRunDigest();
      MessageDigest text = MessageDigest.getInstance("SHA-256");
      Map<List<Object>, Integer> planNumbers = new HashMap<>();
      // fewer lines than a batch (and so fewer plans), so nothing is sent and no run is needed
      int count = TraceLineRows.BATCH - 1;
      TraceLine[] plans = plans(random, 400);
      db.inTransaction(
          c -> {
            try (TraceLineRows rows = new TraceLineRows(c, "run-1", written)) {
              for (int i = 1; i <= count; i++) {
                TraceLine t = line(random, i, plans);
                rows.write(t, canonical);
                List<Object> plan =
                    List.of(
                        t.scope(),
                        t.category(),
                        t.method(),
                        t.gas(),
                        t.biogenic(),
                        t.factorId(),
                        t.factorLibrary(),
                        t.citation(),
                        t.factorNote());
                Integer planNo = planNumbers.get(plan);
                if (planNo == null) {
                  planNo = planNumbers.size();
                  planNumbers.put(plan, planNo);
                  separate.plan(planNo, t);
                }
                separate.line(t, planNo);
                text.update(t.canonical().getBytes(StandardCharsets.UTF_8));
              }
              rows.discard();
            }
            return null;
          });
      // hundreds of plans, most met again by later lines (with equal texts that are other objects)
      assertThat(planNumbers.size()).isBetween(300, 400);
      assertThat(canonical.hex()).isEqualTo(HexFormat.of().formatHex(text.digest()));
      assertThat(written.hex()).isEqualTo(separate.hex());
    } finally {
      TestDatabases.drop(settings);
    }
  }
}
