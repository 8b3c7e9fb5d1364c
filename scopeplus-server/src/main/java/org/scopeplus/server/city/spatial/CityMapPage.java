package org.scopeplus.server.city.spatial;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.scopeplus.core.city.monitor.MonitoredSector;
import org.scopeplus.io.city.spatial.CityGrid;
import org.scopeplus.io.city.spatial.CityMap;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.city.monitor.CityDaily;
import org.scopeplus.server.console.ConsoleController;
import org.scopeplus.server.console.ConsoleLink;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.city.spatial.CityMapStore;
import org.scopeplus.store.city.spatial.SectorTotal;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The city's map in the console, for every role of the city: the districts shaded by emissions, per
 * capita or per GDP, each district's sectors on a click, the grid cells as a layer, the daily
 * estimates of the last 90 days, the year to date against last year and the trend alerts. The data
 * reach the page's script as one JSON block; the page fetches nothing.
 */
@ConsoleController
class CityMapPage {

  /** The most cells the page draws; the cell size is the smallest that keeps within it. */
  static final int MOST_CELLS = 2_500;

  /** The cell sizes the page chooses among, in metres. */
  static final int[] CELL_METRES = {500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000};

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final Database db;
  private final MessageSource messages;
  private final CityMapStore maps = new CityMapStore();
  private final CityMapping mapping = new CityMapping();
  private final CityDaily daily = new CityDaily();

  CityMapPage(Database db, MessageSource messages) {
    this.db = db;
    this.messages = messages;
  }

  @Bean
  static ConsoleLink cityMapLink() {
    return ConsoleLink.forEveryone(60, "/city/map", "nav.cityMap");
  }

  @GetMapping("/city/map")
  String page(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
    LocalDate to = LocalDate.now(ZoneOffset.UTC).minusDays(1);
    LocalDate from = to.minusDays(89);
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, Object> view =
        db.inTransaction(
            c -> {
              Map<String, Object> v = new LinkedHashMap<>();
              List<SectorTotal> totals = maps.sectorTotals(c, caller.tenantId());
              long city = 0;
              int year = 0;
              List<String> codes = new ArrayList<>();
              for (SectorTotal t : totals) {
                codes.add(t.sector());
                city = Math.addExact(city, t.grams());
                year = t.inventoryYear();
              }
              v.put("cityGrams", city);
              v.put("inventoryYear", year);
              v.put("codes", codes);
              if (!maps.districts(c, caller.tenantId()).isEmpty()) {
                data.put("districts", mapping.districtFeatures(c, caller.tenantId()));
                CityMap map = mapping.map(c, caller.tenantId());
                int metres = cellMetres(map);
                if (metres > 0 && !totals.isEmpty()) {
                  data.put("grid", mapping.grid(c, caller.tenantId(), metres));
                  v.put("cellMetres", metres);
                }
              }
              try {
                Map<String, Object> d = daily.daily(c, caller.tenantId(), from, to);
                data.put("days", d.get("days"));
                v.put("yearToDate", d.get("yearToDate"));
                v.put("alerts", d.get("alerts"));
              } catch (ApiProblem none) {
                // no monitored sector totals or proxies: the page says so
              }
              return v;
            });
    @SuppressWarnings("unchecked")
    List<String> codes = (List<String>) view.get("codes");
    data.put("words", words(locale, codes));
    model.addAttribute("hasDistricts", data.containsKey("districts"));
    model.addAttribute("hasDaily", data.containsKey("days"));
    model.addAttribute("cellMetres", view.get("cellMetres"));
    model.addAttribute("cityGrams", view.get("cityGrams"));
    model.addAttribute("inventoryYear", view.get("inventoryYear"));
    model.addAttribute("yearToDate", view.get("yearToDate"));
    model.addAttribute("alerts", view.getOrDefault("alerts", List.of()));
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    // "</" inside a script element would end it
    model.addAttribute("mapData", JSON.writeValueAsString(data).replace("</", "<\\/"));
    return "console/city-map";
  }

  /** The smallest listed cell size that gives at most {@link #MOST_CELLS} cells, or 0. */
  static int cellMetres(CityMap map) {
    for (int m : CELL_METRES) {
      if (CityGrid.count(map.box(), m) <= MOST_CELLS) {
        return m;
      }
    }
    return 0;
  }

  /** The words the page's script shows, in the page's language. */
  private Map<String, Object> words(Locale locale, List<String> cityCodes) {
    Map<String, Object> w = new LinkedHashMap<>();
    for (String k :
        List.of(
            "unit",
            "perCapitaUnit",
            "perGdpUnit",
            "sector",
            "share",
            "population",
            "total",
            "noValue",
            "cells")) {
      w.put(k, messages.getMessage("citymap.js." + k, null, locale));
    }
    w.put("low", messages.getMessage("public.city.low", null, locale));
    w.put("range", messages.getMessage("public.city.range", null, locale));
    w.put("estimate", messages.getMessage("public.city.estimate", null, locale));
    Map<String, String> sectors = new LinkedHashMap<>();
    List<String> codes = new ArrayList<>(cityCodes);
    for (MonitoredSector m : MonitoredSector.values()) {
      codes.add(m.code());
    }
    for (String code : codes) {
      // a sector the bundles do not name is shown by its code
      String named = messages.getMessage("public.city.sector." + code, null, null, locale);
      if (named != null) {
        sectors.put(code, named);
      }
    }
    w.put("sectors", sectors);
    return w;
  }
}
