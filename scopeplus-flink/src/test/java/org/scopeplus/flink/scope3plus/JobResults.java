package org.scopeplus.flink.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.util.CloseableIterator;
import org.scopeplus.core.scope3plus.Account;
import org.scopeplus.core.scope3plus.AggregateRow;
import org.scopeplus.core.scope3plus.Ledger;
import org.scopeplus.core.scope3plus.LedgerTotals;
import org.scopeplus.core.scope3plus.Points;
import org.scopeplus.core.scope3plus.RejectionReason;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** What a run of the Flink job produced, read from its result stream or its result files. */
record JobResults(
    long accepted,
    long refused,
    long grossGrams,
    long weakGrams,
    long attributedGrams,
    long unattributedGrams,
    Map<String, Long> refusals,
    List<AggregateRow> rows,
    Map<String, Account> accounts,
    List<String> outcomes) {

  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .build();
  private static final Comparator<AggregateRow> CELL_ORDER =
      Comparator.comparing(AggregateRow::programme)
          .thenComparing(AggregateRow::action)
          .thenComparing(AggregateRow::region)
          .thenComparing(AggregateRow::month);

  /** Runs a pipeline to the end and reads its results and the outcome of every line. */
  static JobResults collect(EcosystemJob.Pipeline p) throws Exception {
    return collect(
        p.results().union(p.outcomes().map(ResultLine::outcome).returns(ResultLine.class)));
  }

  /** Runs the job's result stream to the end and reads every line. */
  static JobResults collect(DataStream<ResultLine> results) throws Exception {
    List<ResultLine> lines = new ArrayList<>();
    CloseableIterator<ResultLine> it = results.executeAndCollect();
    try {
      it.forEachRemaining(lines::add);
    } finally {
      it.close();
    }
    long accepted = -1;
    long refused = -1;
    long gross = -1;
    long weak = -1;
    long attributed = -1;
    int totalsLines = 0;
    Map<String, Long> refusals = new TreeMap<>();
    List<AggregateRow> rows = new ArrayList<>();
    Map<String, Account> accounts = new TreeMap<>();
    List<String> outcomes = new ArrayList<>();
    for (ResultLine l : lines) {
      switch (l.kind) {
        case ResultLine.TOTALS -> {
          totalsLines++;
          accepted = l.events;
          refused = l.refused;
          gross = l.grams;
          weak = l.weakGrams;
          attributed = l.attributedGrams;
        }
        case ResultLine.REFUSALS -> assertThat(refusals.put(l.reason, l.events)).isNull();
        case ResultLine.AGGREGATES ->
            rows.add(
                new AggregateRow(
                    l.programme, l.action, l.region, l.month, l.events, l.grams, l.weakGrams));
        case ResultLine.ACCOUNTS ->
            assertThat(accounts.put(l.actor, new Account(l.actor, l.grams, l.points, l.events)))
                .isNull();
        case ResultLine.OUTCOMES -> outcomes.add(outcome(l.reason, l.line));
        default -> throw new AssertionError("unknown kind " + l.kind);
      }
    }
    assertThat(totalsLines).as("one totals line").isEqualTo(1);
    rows.sort(CELL_ORDER);
    outcomes.sort(null);
    return new JobResults(
        accepted, refused, gross, weak, attributed, gross, refusals, rows, accounts, outcomes);
  }

  /** Reads the result files the job wrote under {@code directory}. */
  static JobResults read(Path directory) {
    Path outcomes = directory.resolve(ResultLine.OUTCOMES);
    return parse(
        objects(directory.resolve(ResultLine.TOTALS)),
        objects(directory.resolve(ResultLine.REFUSALS)),
        objects(directory.resolve(ResultLine.AGGREGATES)),
        objects(directory.resolve(ResultLine.ACCOUNTS)),
        Files.isDirectory(outcomes) ? objects(outcomes) : List.of());
  }

  /**
   * Results from the JSON objects of each kind of line (files or topics). Every refusal reason,
   * account and cell must come once.
   */
  static JobResults parse(
      List<JsonNode> totals,
      List<JsonNode> refusalLines,
      List<JsonNode> aggregates,
      List<JsonNode> accountLines,
      List<JsonNode> outcomeLines) {
    assertThat(totals).as("one totals line").hasSize(1);
    JsonNode t = totals.get(0);
    Map<String, Long> refusals = new TreeMap<>();
    for (JsonNode n : refusalLines) {
      assertThat(refusals.put(n.get("reason").asString(), n.get("events").asLong()))
          .as("one line per reason")
          .isNull();
    }
    List<AggregateRow> rows = new ArrayList<>();
    for (JsonNode n : aggregates) {
      rows.add(
          new AggregateRow(
              n.get("programme").asString(),
              n.get("action").asString(),
              n.get("region").asString(),
              n.get("month").asString(),
              n.get("events").asLong(),
              n.get("grams").asLong(),
              n.get("weakGrams").asLong()));
    }
    rows.sort(CELL_ORDER);
    assertThat(rows).as("one line per cell").doesNotHaveDuplicates();
    Map<String, Account> accounts = new TreeMap<>();
    for (JsonNode n : accountLines) {
      String actor = n.get("actor").asString();
      Account a =
          new Account(
              actor,
              n.get("grams").asLong(),
              Points.ofDecimal(n.get("points").decimalValue()),
              n.get("events").asLong());
      assertThat(accounts.put(actor, a)).as("one line per account").isNull();
    }
    List<String> outcomes = new ArrayList<>();
    for (JsonNode n : outcomeLines) {
      outcomes.add(outcome(n.get("reason").asString(), n.get("line").asString()));
    }
    outcomes.sort(null);
    return new JobResults(
        t.get("acceptedEvents").asLong(),
        t.get("refusedEvents").asLong(),
        t.get("grossGrams").asLong(),
        t.get("weakGrams").asLong(),
        t.get("attributedGrams").asLong(),
        t.get("unattributedGrams").asLong(),
        refusals,
        rows,
        accounts,
        outcomes);
  }

  /** JSON objects, one per string. */
  static List<JsonNode> json(List<String> values) {
    return values.stream().map(JSON::readTree).toList();
  }

  /** One line's outcome as compared: its reason ("" when counted), a tab, the line. */
  static String outcome(String reason, String line) {
    return reason + "\t" + line;
  }

  private static List<JsonNode> objects(Path folder) {
    List<JsonNode> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.sorted().toList()) {
        assertThat(f.getFileName().toString())
            .as("only committed part files")
            .doesNotStartWith(".")
            .endsWith(".ndjson");
        for (String line : Files.readAllLines(f)) {
          out.add(JSON.readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Refusal counts of the ledger, the reasons that occurred only. */
  static Map<String, Long> refusals(LedgerTotals totals) {
    Map<String, Long> out = new TreeMap<>();
    totals
        .rejections()
        .forEach(
            (reason, n) -> {
              if (n > 0) {
                out.put(reason.name(), n);
              }
            });
    return out;
  }

  /**
   * Asserts that this run counted exactly what the ledger counted, cell by cell and account by
   * account.
   */
  void assertSameAs(Ledger ledger) {
    LedgerTotals t = ledger.totals();
    assertThat(refusals).as("refusals by reason").isEqualTo(refusals(t));
    assertThat(accepted).as("events counted").isEqualTo(t.acceptedEvents());
    assertThat(refused).as("events refused").isEqualTo(t.rejectedEvents());
    assertThat(grossGrams).as("gross grams").isEqualTo(t.grossGrams());
    assertThat(weakGrams).as("weak grams").isEqualTo(t.weakGrams());
    assertThat(attributedGrams).as("attributed grams").isEqualTo(t.attributedGrams());
    assertThat(unattributedGrams).as("unattributed grams").isEqualTo(t.grossGrams());
    assertThat(rows).as("every aggregate cell").isEqualTo(ledger.aggregates());
    assertThat(accounts).as("accounts").hasSize(ledger.actorCount());
    accounts.forEach(
        (actor, account) -> assertThat(account).as(actor).isEqualTo(ledger.account(actor)));
  }

  /** The refusal count for a reason, 0 when it did not occur. */
  long refusals(RejectionReason reason) {
    return refusals.getOrDefault(reason.name(), 0L);
  }
}
