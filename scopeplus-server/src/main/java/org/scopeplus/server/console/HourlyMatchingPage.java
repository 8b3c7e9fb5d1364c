package org.scopeplus.server.console;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.scopeplus.core.instrument.HourlyMatching;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.InstrumentRequests;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Hourly matching in the console: hours pasted as the CLI's hourly file ({@code hour, side, name,
 * region, kwh}) are checked as {@code POST /api/v1/instruments/hourly-matching} checks them and
 * scored by the same core computation ({@link HourlyMatching}), per market boundary (each country
 * with the regions within it, as supply of {@code CN} may meet {@code CN-ZJ}) and in all, hourly
 * beside annual, with the hour profile drawn. Every role may use it; nothing is stored.
 */
@ConsoleController
class HourlyMatchingPage {

  /** The scores of a market boundary ("" for all of them). */
  record Boundary(String market, List<HourlyMatching.Score> years) {}

  /** At most this many hours drawn in the profile (a leap year); the scores count them all. */
  static final int CHART_HOURS = 8_784;

  private static final String HEADER = "hour,side,name,region,kwh";

  private final MessageSource messages;

  HourlyMatchingPage(MessageSource messages) {
    this.messages = messages;
  }

  @GetMapping("/hourly-matching")
  String page(Model model) {
    model.addAttribute("hours", "");
    return "console/hourly-matching";
  }

  @PostMapping("/hourly-matching")
  String score(@RequestParam(defaultValue = "") String hours, Locale locale, Model model) {
    model.addAttribute("hours", hours);
    List<HourlyMatching.Hour> used = new ArrayList<>();
    List<HourlyMatching.Hour> supply = new ArrayList<>();
    try {
      read(hours, used, supply);
    } catch (ApiProblem p) {
      model.addAttribute("refusalDetail", p.getMessage());
      return "console/hourly-matching";
    }
    List<Boundary> boundaries = new ArrayList<>();
    Map<String, List<HourlyMatching.Hour>> usedBy = byCountry(used);
    Map<String, List<HourlyMatching.Hour>> supplyBy = byCountry(supply);
    for (var e : usedBy.entrySet()) {
      boundaries.add(
          new Boundary(
              e.getKey(),
              List.copyOf(
                  HourlyMatching.score(e.getValue(), supplyBy.getOrDefault(e.getKey(), List.of()))
                      .values())));
    }
    model.addAttribute("boundaries", boundaries);
    model.addAttribute("total", List.copyOf(HourlyMatching.score(used, supply).values()));
    model.addAttribute("profile", profile(used, supply, locale));
    return "console/hourly-matching";
  }

  /**
   * The hours of the pasted table, each checked by the API's rule; a refusal names the row and the
   * field.
   */
  private static void read(
      String text, List<HourlyMatching.Hour> used, List<HourlyMatching.Hour> supply) {
    String[] lines = text.strip().split("\r?\n");
    if (lines.length < 2 || !lines[0].strip().replace(" ", "").equalsIgnoreCase(HEADER)) {
      throw ApiProblem.badRequest(
          "row 1: the first row is the header " + HEADER + ", and a row of hours follows it");
    }
    InstrumentRequests.withinHourLimit(lines.length - 1);
    for (int i = 1; i < lines.length; i++) {
      String at = "row " + (i + 1);
      if (lines[i].isBlank()) {
        continue;
      }
      String[] cells = lines[i].split(",", -1);
      if (cells.length != 5) {
        throw ApiProblem.badRequest(at + " has " + cells.length + " cells, not the 5 of " + HEADER);
      }
      String side = cells[1].strip().toLowerCase(Locale.ROOT);
      if (!side.equals("consumption") && !side.equals("supply")) {
        throw ApiProblem.badRequest(
            at + ", side is consumption or supply, not " + cells[1].strip());
      }
      BigDecimal kwh;
      try {
        kwh = new BigDecimal(cells[4].strip());
      } catch (NumberFormatException e) {
        throw ApiProblem.badRequest(at + ", kwh is a number of kWh, not " + cells[4].strip());
      }
      HourlyMatching.Hour h =
          InstrumentRequests.hour(
              at,
              ", ",
              new InstrumentRequests.HourBody(
                  cells[2].strip(), cells[3].strip(), cells[0].strip(), kwh));
      (side.equals("consumption") ? used : supply).add(h);
    }
    if (used.isEmpty()) {
      throw ApiProblem.badRequest("the table holds no consumption row");
    }
  }

  /**
   * The hours by country, the widest market boundary: supply of a country or a region within it
   * meets consumption only within the same country, so each country is matched on its own.
   */
  private static Map<String, List<HourlyMatching.Hour>> byCountry(List<HourlyMatching.Hour> hours) {
    Map<String, List<HourlyMatching.Hour>> out = new TreeMap<>();
    for (HourlyMatching.Hour h : hours) {
      int dash = h.region().indexOf('-');
      String country = dash < 0 ? h.region() : h.region().substring(0, dash);
      out.computeIfAbsent(country, k -> new ArrayList<>()).add(h);
    }
    return out;
  }

  /**
   * The hour profile: consumption, supply and consumption matched in the hour (the core's score of
   * that hour alone), of the first {@link #CHART_HOURS} hours with consumption.
   */
  private String profile(
      List<HourlyMatching.Hour> used, List<HourlyMatching.Hour> supply, Locale locale) {
    SortedMap<LocalDateTime, List<HourlyMatching.Hour>> usedByHour = new TreeMap<>();
    for (HourlyMatching.Hour h : used) {
      usedByHour.computeIfAbsent(h.hour(), k -> new ArrayList<>()).add(h);
    }
    Map<LocalDateTime, List<HourlyMatching.Hour>> supplyByHour = new HashMap<>();
    for (HourlyMatching.Hour h : supply) {
      supplyByHour.computeIfAbsent(h.hour(), k -> new ArrayList<>()).add(h);
    }
    List<String> labels = new ArrayList<>();
    List<Double> consumed = new ArrayList<>();
    List<Double> supplied = new ArrayList<>();
    List<Double> matched = new ArrayList<>();
    for (var e : usedByHour.entrySet()) {
      if (labels.size() == CHART_HOURS) {
        break;
      }
      List<HourlyMatching.Hour> s = supplyByHour.getOrDefault(e.getKey(), List.of());
      HourlyMatching.Score score = HourlyMatching.score(e.getValue(), s).get(e.getKey().getYear());
      labels.add(e.getKey().toString().replace('T', ' '));
      consumed.add((double) score.consumedKwh());
      supplied.add((double) s.stream().mapToLong(HourlyMatching.Hour::kwh).sum());
      matched.add((double) score.hourlyMatchedKwh());
    }
    return Charts.of("load", labels)
        .values(messages.getMessage("mgmt.hourly.consumed", null, locale), consumed)
        .values(messages.getMessage("mgmt.hourly.supplied", null, locale), supplied)
        .values(messages.getMessage("mgmt.hourly.matched", null, locale), matched)
        .with("unit", "kWh")
        .json();
  }
}
