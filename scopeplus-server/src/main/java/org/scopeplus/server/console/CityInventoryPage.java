package org.scopeplus.server.console;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcLevel;
import org.scopeplus.core.city.GpcSector;
import org.scopeplus.core.city.GpcTotals;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.ReadResult;
import org.scopeplus.server.api.UploadFolder;
import org.scopeplus.server.city.inventory.CalculatingFromActivity;
import org.scopeplus.server.city.inventory.GpcInventoryController;
import org.scopeplus.server.city.inventory.InventoryView;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.city.inventory.InventorySummary;
import org.scopeplus.store.city.inventory.KeepingCityInventories;
import org.scopeplus.store.city.inventory.KeptInventory;
import org.scopeplus.store.city.inventory.StoredInventory;
import org.scopeplus.store.city.inventory.TraceLine;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The city's GPC inventory in the console, for every role: the kept inventories, one of them with
 * its totals in both GPC views, its sectors and every line (value or notation key with its
 * explanation), the completeness check at BASIC or BASIC+, and charts of the sector shares; admins
 * and data owners upload a reporting sheet or city activity files here (all or nothing, as through
 * the API), and every role reads the trace of each line calculated from activity data.
 */
@ConsoleController
class CityInventoryPage {

  /** One sector's row: its numeral and totals in grams. */
  record SectorRow(
      String numeral, long basic, long basicPlus, long scope1, long scope2, long scope3) {}

  /** The message keys of a line's sub-sector and description. */
  record LineText(String subsector, String description) {}

  /** The message keys of every line, by reference number. */
  static final java.util.Map<String, LineText> LINE_TEXT = lineText();

  /** One kept inventory in the list. */
  record Listed(
      String city, int year, String fileName, long basic, long basicPlus, long territorial) {}

  /** One step of a calculated line's trace, as the page shows it. */
  record TraceRow(String reference, TraceLine line) {}

  private final Database db;
  private final UploadFolder uploads;
  private final MessageSource messages;
  private final CalculatingFromActivity calculating;
  private final KeepingCityInventories store = new KeepingCityInventories();

  CityInventoryPage(
      Database db,
      UploadFolder uploads,
      MessageSource messages,
      CalculatingFromActivity calculating) {
    this.db = db;
    this.uploads = uploads;
    this.messages = messages;
    this.calculating = calculating;
  }

  @Bean
  static ConsoleLink cityInventoryLink() {
    return ConsoleLink.forEveryone(57, "/city/inventory", "nav.cityInventory");
  }

  @GetMapping("/city/inventory")
  String page(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false) String city,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String level,
      Model model) {
    GpcLevel l = level(level);
    show(caller, city, year, l, model);
    return "console/city-inventory";
  }

  @PostMapping("/city/inventory")
  String upload(
      @AuthenticationPrincipal Caller caller,
      @RequestParam("file") MultipartFile file,
      Model model) {
    ConsoleAccess.writer(caller);
    String name = GpcInventoryController.fileName(file.getOriginalFilename());
    model.addAttribute("fileName", name);
    String city = null;
    Integer year = null;
    if (file.getSize() > GpcInventoryController.MAX_BYTES) {
      model.addAttribute(
          "problems",
          List.of(new Problem(name, 0, "", GpcInventoryController.tooLarge(name, file.getSize()))));
      model.addAttribute("problemCount", 1L);
    } else {
      ReadResult<List<CityInventory>> r = GpcInventoryController.readSheet(name, file, uploads);
      if (r.ok()) {
        List<KeptInventory> kept =
            db.inTransaction(
                c -> store.put(c, caller.tenantId(), r.value(), name, caller.username()));
        model.addAttribute("kept", kept);
        city = kept.get(0).city();
        year = kept.get(0).year();
      } else {
        model.addAttribute("problems", r.problems());
        model.addAttribute("problemCount", r.problemCount());
      }
    }
    show(caller, city, year, GpcLevel.BASIC, model);
    return "console/city-inventory";
  }

  @PostMapping("/city/inventory/activity")
  String uploadActivity(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(name = "activity", required = false) List<MultipartFile> activity,
      @RequestParam(name = "sheet", required = false) MultipartFile sheet,
      Model model) {
    ConsoleAccess.writer(caller);
    List<MultipartFile> files =
        activity == null ? List.of() : activity.stream().filter(f -> !f.isEmpty()).toList();
    CalculatingFromActivity.Outcome o = calculating.keep(caller, sheet, files);
    String city = null;
    Integer year = null;
    if (o instanceof CalculatingFromActivity.Outcome.Kept k) {
      model.addAttribute("fileName", k.fileName());
      model.addAttribute("kept", k.kept());
      city = k.kept().get(0).city();
      year = k.kept().get(0).year();
    } else if (o instanceof CalculatingFromActivity.Outcome.Refused r) {
      model.addAttribute("fileName", r.fileName());
      model.addAttribute("problems", r.problems());
      model.addAttribute("problemCount", r.count());
    }
    show(caller, city, year, GpcLevel.BASIC, model);
    return "console/city-inventory";
  }

  private void show(Caller caller, String city, Integer year, GpcLevel level, Model model) {
    Locale locale = LocaleContextHolder.getLocale();
    model.addAttribute("mayWrite", caller.writes());
    model.addAttribute("lineText", LINE_TEXT);
    model.addAttribute("level", level == GpcLevel.BASIC ? "basic" : "basic+");
    db.inTransaction(
        c -> {
          List<InventorySummary> all = store.list(c, caller.tenantId());
          List<Listed> listed = new ArrayList<>();
          for (InventorySummary s : all) {
            StoredInventory i = store.byId(c, caller.tenantId(), s.id()).orElseThrow();
            GpcTotals t = GpcTotals.of(i.inventory());
            listed.add(
                new Listed(
                    s.city(), s.year(), s.fileName(), t.basic(), t.basicPlus(), t.territorial()));
          }
          model.addAttribute("inventories", listed);
          Optional<InventorySummary> chosen =
              all.stream()
                  .filter(
                      s ->
                          (city == null || s.city().equals(city))
                              && (year == null || s.year() == year))
                  .max(
                      Comparator.comparingInt(InventorySummary::year)
                          .thenComparing(InventorySummary::city, Comparator.reverseOrder()));
          if (chosen.isEmpty()) {
            if (city != null || year != null) {
              throw PageRefused.notFound("refused.notFound");
            }
            return null;
          }
          StoredInventory kept = store.byId(c, caller.tenantId(), chosen.get().id()).orElseThrow();
          InventoryView view = InventoryView.of(kept, level);
          model.addAttribute("inventory", view);
          List<TraceRow> traces = new ArrayList<>();
          for (java.util.Map.Entry<String, List<TraceLine>> e :
              store.traces(c, caller.tenantId(), kept.id()).entrySet()) {
            for (TraceLine tl : e.getValue()) {
              traces.add(new TraceRow(e.getKey(), tl));
            }
          }
          model.addAttribute("traces", traces);
          GpcTotals t = GpcTotals.of(kept.inventory());
          List<SectorRow> rows = new ArrayList<>();
          for (GpcSector s : GpcSector.values()) {
            GpcTotals.SectorTotals st = t.sectors().get(s);
            rows.add(
                new SectorRow(
                    s.numeral(),
                    st.basic(),
                    st.basicPlus(),
                    st.scope1(),
                    st.scope2(),
                    st.scope3()));
          }
          model.addAttribute("sectors", rows);
          model.addAttribute("totals", t);
          model.addAttribute("sharesChart", shares(rows, locale));
          model.addAttribute("sectorsChart", bars(rows, locale));
          return null;
        });
  }

  /** BASIC by sector as shares of a ring; only sectors I-III hold BASIC lines. */
  private String shares(List<SectorRow> rows, Locale locale) {
    List<SectorRow> basic = rows.stream().filter(r -> r.basic() > 0).toList();
    return Charts.of("pie", basic.stream().map(r -> sector(r.numeral(), locale)).toList())
        .series(text("gpc.basic", locale), basic.stream().map(SectorRow::basic).toList())
        .with("unit", text("unit.tonnes", locale))
        .json();
  }

  /** Every sector's BASIC, BASIC+ and territorial (scope 1) total as bars; V may be negative. */
  private String bars(List<SectorRow> rows, Locale locale) {
    return Charts.of("bars", rows.stream().map(r -> sector(r.numeral(), locale)).toList())
        .series(text("gpc.basic", locale), rows.stream().map(SectorRow::basic).toList())
        .series(text("gpc.basicPlus", locale), rows.stream().map(SectorRow::basicPlus).toList())
        .series(text("gpc.territorial", locale), rows.stream().map(SectorRow::scope1).toList())
        .with("unit", text("unit.tonnes", locale))
        .json();
  }

  private String sector(String numeral, Locale locale) {
    return numeral + " " + text("gpc.sector." + numeral, locale);
  }

  @GetMapping("/city/inventory/export")
  org.springframework.http.ResponseEntity<String> export(
      @AuthenticationPrincipal Caller caller,
      @RequestParam String city,
      @RequestParam int year,
      @RequestParam(required = false, defaultValue = "gpc") String layout) {
    if (!layout.equals("gpc") && !layout.equals("ipcc")) {
      throw PageRefused.notFound("refused.notFound");
    }
    StoredInventory kept =
        db.inTransaction(c -> store.find(c, caller.tenantId(), city, year))
            .orElseThrow(() -> PageRefused.notFound("refused.notFound"));
    java.io.StringWriter w = new java.io.StringWriter();
    if (layout.equals("gpc")) {
      new org.scopeplus.io.city.CitySheetWriter().write(List.of(kept.inventory()), w);
    } else {
      new org.scopeplus.io.city.CitySheetWriter().writeIpcc(List.of(kept.inventory()), w);
    }
    return org.springframework.http.ResponseEntity.ok()
        .contentType(
            new org.springframework.http.MediaType(
                "text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"city-" + year + "-" + layout + ".csv\"")
        .body(w.toString());
  }

  private static java.util.Map<String, LineText> lineText() {
    java.util.Map<String, LineText> m = new java.util.LinkedHashMap<>();
    for (org.scopeplus.core.city.GpcLine l : org.scopeplus.core.city.GpcFramework.lines()) {
      String ref = l.reference();
      String sub =
          ref.chars().filter(ch -> ch == '.').count() == 2
              ? ref.substring(0, ref.lastIndexOf('.'))
              : ref;
      m.put(
          ref,
          new LineText(
              "gpc.sub." + sub,
              "gpc.desc."
                  + l.description().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  private static GpcLevel level(String level) {
    if (level == null || level.isBlank()) {
      return GpcLevel.BASIC;
    }
    return GpcLevel.parse(level).orElseThrow(() -> PageRefused.notFound("refused.notFound"));
  }

  private String text(String key, Locale locale, Object... args) {
    return messages.getMessage(key, args, key, locale);
  }
}
