package org.scopeplus.flink.energy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scopeplus.energy.batch.NightlyBatch;
import org.scopeplus.energy.load.Predictions;
import org.scopeplus.energy.suggest.Suggestion;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * One meter's result as one JSON object (a line of the job's NDJSON output): {@code meter}, {@code
 * refused} (the reason, or null), {@code dayAhead} (hour start UTC and kWh), {@code monthAhead}
 * (local day and kWh), {@code suggestions} (rule, kWh, cost in {@code currency} and kg CO2 a year,
 * the sentence in English and Chinese), ranked as the embedded batch ranks them. A forecast the
 * model cannot make is null; numbers are written to the last bit (they read back as the same
 * doubles).
 */
record MeterResultLine(
    String meter,
    String refused,
    List<Hour> dayAhead,
    List<Day> monthAhead,
    List<SuggestionLine> suggestions) {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  /** A forecast hour: its start (UTC) and kWh. */
  record Hour(String hour, Double kwh) {}

  /** A forecast local day and its kWh. */
  record Day(String day, Double kwh) {}

  /** A suggestion's figures a year and its sentence. */
  record SuggestionLine(
      String rule,
      double kwhPerYear,
      double costPerYear,
      String currency,
      double co2KgPerYear,
      String text,
      String textZhCn) {}

  static MeterResultLine of(NightlyBatch.Result r, ZoneId zone, String currency) {
    List<Hour> day = null;
    if (r.dayAhead() != null) {
      day = new ArrayList<>(r.dayAhead().size());
      for (int i = 0; i < r.dayAhead().size(); i++) {
        day.add(
            new Hour(
                Instant.ofEpochSecond(r.dayAhead().start()[i]).toString(),
                number(r.dayAhead().predicted()[i])));
      }
    }
    List<Day> month = null;
    if (r.monthAhead() != null) {
      Predictions m = r.monthAhead();
      month = new ArrayList<>(m.size());
      for (int i = 0; i < m.size(); i++) {
        month.add(
            new Day(
                Instant.ofEpochSecond(m.start()[i]).atZone(zone).toLocalDate().toString(),
                number(m.predicted()[i])));
      }
    }
    List<SuggestionLine> suggestions = new ArrayList<>(r.suggestions().size());
    for (Suggestion s : r.suggestions()) {
      suggestions.add(
          new SuggestionLine(
              s.rule().key(),
              s.kwhPerYear(),
              s.costPerYear(),
              currency,
              s.co2KgPerYear(),
              s.text(Locale.ENGLISH),
              s.text(Locale.SIMPLIFIED_CHINESE)));
    }
    return new MeterResultLine(r.id(), r.refused(), day, month, suggestions);
  }

  /** A refused meter's line. */
  static MeterResultLine refused(String meter, String reason) {
    return new MeterResultLine(meter, reason, null, null, List.of());
  }

  private static Double number(double v) {
    return Double.isNaN(v) ? null : v;
  }

  String toJson() {
    return JSON.writeValueAsString(this);
  }
}
