package org.scopeplus.flink.scope3plus;

import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.scopeplus.core.scope3plus.Assessment;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.RawEvent;
import org.scopeplus.core.scope3plus.RejectionReason;
import org.scopeplus.core.scope3plus.Scope3PlusRules;
import org.scopeplus.io.scope3plus.NdjsonEventParser;

/**
 * Parses each NDJSON line with the embedded engine's parser and judges it with {@link
 * Scope3PlusRules#assess}: every check that needs no state (format, fields, action, units,
 * quantities, time, minimum and maximum), then the grams of the methodology. Valid events go on;
 * refusals go to {@link #REFUSED}. Blank lines are skipped, as the embedded reader skips them.
 */
final class ValidatingLines extends ProcessFunction<String, ValidEvent> {

  static final OutputTag<Outcome> REFUSED = new OutputTag<>("refused", Types.POJO(Outcome.class));

  private final EcosystemSettings settings;
  private transient MethodologyCatalog catalog;
  private transient Scope3PlusRules rules;
  private transient NdjsonEventParser parser;
  private transient RawEvent slots;

  ValidatingLines(EcosystemSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    catalog = settings.catalog();
    rules = new Scope3PlusRules(catalog);
    parser = new NdjsonEventParser();
    slots = new RawEvent();
  }

  @Override
  public void processElement(String line, Context context, Collector<ValidEvent> out) {
    String text = trim(line);
    if (text.isEmpty()) {
      return;
    }
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    if (!parser.parse(b, 0, b.length, slots)) {
      context.output(REFUSED, Outcome.of("", RejectionReason.MALFORMED.name(), text));
      return;
    }
    String id = range(b, slots.idOffset(), slots.idLength());
    Assessment a = rules.assess(slots);
    if (a instanceof org.scopeplus.core.scope3plus.Verdict.Refused r) {
      context.output(REFUSED, Outcome.of(id, r.reason().name(), text));
      return;
    }
    Assessment.Valid valid = (Assessment.Valid) a;
    Methodology m = catalog.methodologies().get(valid.methodology());
    ValidEvent e = new ValidEvent();
    e.id = id;
    e.programme = range(b, slots.programmeOffset(), slots.programmeLength());
    e.actor = range(b, slots.actorOffset(), slots.actorLength());
    e.action = m.action();
    e.methodology = valid.methodology();
    e.region = range(b, slots.regionOffset(), slots.regionLength());
    e.claim = range(b, slots.claimOffset(), slots.claimLength());
    e.epochSecond = slots.epochSecond();
    e.day = valid.epochDay();
    e.grams = valid.grams();
    e.weak = m.weak();
    e.line = text;
    out.collect(e);
  }

  /**
   * The line as the embedded reader takes it: without trailing CR, spaces and tabs, leading spaces
   * and tabs, or a byte-order mark.
   */
  static String trim(String line) {
    int end = line.length();
    while (end > 0) {
      char c = line.charAt(end - 1);
      if (c != '\r' && c != ' ' && c != '\t') {
        break;
      }
      end--;
    }
    int start = 0;
    if (end > 0 && line.charAt(0) == '\uFEFF') {
      start = 1;
    }
    while (start < end && (line.charAt(start) == ' ' || line.charAt(start) == '\t')) {
      start++;
    }
    return line.substring(start, end);
  }

  private static String range(byte[] b, int offset, int length) {
    return length <= 0 ? "" : new String(b, offset, length, StandardCharsets.UTF_8);
  }
}
