package org.scopeplus.server.city.publication;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.scopeplus.core.city.monitor.MonitoredSector;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.city.monitor.CityDaily;
import org.scopeplus.server.city.spatial.CityMapping;
import org.scopeplus.store.Database;
import org.scopeplus.store.city.publication.CityPublication;
import org.scopeplus.store.city.publication.PublicationStore;
import org.scopeplus.store.city.spatial.CityMapStore;
import org.scopeplus.store.city.spatial.SectorTotal;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * A published city's public page and open data, without login: its name, per-capita emissions,
 * sector shares, district totals (no point source, no enterprise, no grid cell) and the last 90
 * days of daily estimates, with the licence of the data. A city not published, or a slug no city
 * holds, is not found. The page speaks the console's languages, chosen the console's way ({@code
 * ?lang=zh-CN}, its cookie, or the browser's {@code Accept-Language}); the page is the Thymeleaf
 * template {@code public/city.html}, which escapes the city's texts.
 */
@RestController
class PublicCityController {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

  private final Database db;
  private final PublicationStore publications = new PublicationStore();
  private final CityMapStore maps = new CityMapStore();
  private final CityMapping mapping = new CityMapping();
  private final CityDaily daily = new CityDaily();

  private final MessageSource messages;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  PublicCityController(Database db, MessageSource messages) {
    this.db = db;
    this.messages = messages;
  }

  @GetMapping("/public/city/{slug}/data.json")
  Map<String, Object> json(@PathVariable String slug) {
    return data(slug);
  }

  @GetMapping(value = "/public/city/{slug}/data.csv")
  ResponseEntity<byte[]> csv(@PathVariable String slug) {
    Map<String, Object> d = data(slug);
    StringBuilder b = new StringBuilder("section,key,sector,grams,licence\n");
    String licence = (String) d.get("licence");
    @SuppressWarnings("unchecked")
    Map<String, Long> sectors = (Map<String, Long>) d.get("sectors");
    sectors.forEach(
        (s, g) ->
            b.append("sector,city,")
                .append(s)
                .append(',')
                .append(g)
                .append(',')
                .append(licence)
                .append('\n'));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> districts = (List<Map<String, Object>>) d.get("districts");
    for (Map<String, Object> x : districts) {
      b.append("district,")
          .append(csvText(x.get("name")))
          .append(",all,")
          .append(x.get("grams"))
          .append(',')
          .append(licence)
          .append('\n');
    }
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> days = (List<Map<String, Object>>) d.get("days");
    for (Map<String, Object> x : days) {
      b.append("day,")
          .append(x.get("day"))
          .append(",all,")
          .append(x.get("grams"))
          .append(',')
          .append(licence)
          .append('\n');
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + ".csv\"")
        .body(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/public/city/{slug}")
  @SuppressWarnings("unchecked")
  ModelAndView page(@PathVariable String slug, Locale locale) {
    Map<String, Object> d = data(slug);
    Object perCapita = d.get("tonnesPerCapita");
    ModelAndView page = new ModelAndView("public/city");
    page.addObject("lang", locale.getLanguage().equals("zh") ? "zh-CN" : "en");
    page.addObject("slug", slug);
    page.addObject("name", d.get("name"));
    page.addObject("licence", d.get("licence"));
    page.addObject("year", String.valueOf(d.get("inventoryYear")));
    page.addObject(
        "perCapita",
        perCapita == null
            ? null
            : new BigDecimal((Double) perCapita)
                .round(new MathContext(3))
                .stripTrailingZeros()
                .toPlainString());
    page.addObject("labels", labels(((Map<String, ?>) d.get("sectors")).keySet(), locale));
    return page;
  }

  /** The words the page's charts show, in the page's language, for public-city.js. */
  private String labels(Collection<String> cityCodes, Locale locale) {
    Map<String, Object> l = new LinkedHashMap<>();
    l.put("unit", messages.getMessage("public.city.unit", null, locale));
    l.put("low", messages.getMessage("public.city.low", null, locale));
    l.put("range", messages.getMessage("public.city.range", null, locale));
    l.put("estimate", messages.getMessage("public.city.estimate", null, locale));
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
    l.put("sectors", sectors);
    // "</" inside a script element would end it
    return JSON.writeValueAsString(l).replace("</", "<\\/");
  }

  private Map<String, Object> data(String slug) {
    if (slug == null || !SLUG.matcher(slug).matches()) {
      throw ApiProblem.notFound("city " + slug);
    }
    return db.inTransaction(
        c -> {
          CityPublication p =
              publications
                  .bySlug(c, slug, true)
                  .orElseThrow(() -> ApiProblem.notFound("city " + slug));
          Map<String, Object> out = new LinkedHashMap<>();
          out.put("name", p.name());
          out.put("licence", p.licence());
          Map<String, Long> sectors = new LinkedHashMap<>();
          long total = 0;
          int year = 0;
          for (SectorTotal t : maps.sectorTotals(c, p.tenantId())) {
            sectors.put(t.sector(), t.grams());
            total += t.grams();
            year = t.inventoryYear();
          }
          out.put("inventoryYear", year == 0 ? null : year);
          out.put("cityGrams", total);
          out.put("population", p.population());
          out.put(
              "tonnesPerCapita",
              p.population() == null || p.population() == 0 ? null : total / 1e6 / p.population());
          out.put("sectors", sectors);
          List<Map<String, Object>> districts = new ArrayList<>();
          Object geo = null;
          if (!maps.districts(c, p.tenantId()).isEmpty() && !sectors.isEmpty()) {
            Map<String, Object> fc = mapping.districtFeatures(c, p.tenantId());
            geo = fc;
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> features = (List<Map<String, Object>>) fc.get("features");
            for (Map<String, Object> f : features) {
              @SuppressWarnings("unchecked")
              Map<String, Object> props = (Map<String, Object>) f.get("properties");
              Map<String, Object> x = new LinkedHashMap<>();
              x.put("id", props.get("id"));
              x.put("name", props.get("name"));
              x.put("grams", props.get("grams"));
              x.put("tonnesPerCapita", props.get("tonnesPerCapita"));
              x.put("sectors", props.get("sectors"));
              districts.add(x);
            }
          }
          out.put("districts", districts);
          out.put("districtMap", geo);
          List<Object> days = List.of();
          try {
            LocalDate to = LocalDate.now(ZoneOffset.UTC);
            @SuppressWarnings("unchecked")
            List<Object> d =
                (List<Object>) daily.daily(c, p.tenantId(), to.minusDays(89), to).get("days");
            days = d;
          } catch (ApiProblem noDaily) {
            // a city without daily proxies shows no trend
          }
          out.put("days", days);
          return out;
        });
  }

  private static String csvText(Object o) {
    String s = String.valueOf(o);
    return s.matches("[^,\"\\r\\n]*") ? s : "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
