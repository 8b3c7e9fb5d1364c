package org.scopeplus.server.city.inventory;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcEntry;
import org.scopeplus.core.city.GpcLevel;
import org.scopeplus.core.city.GpcTotals;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.city.CitySheetColumns;
import org.scopeplus.io.city.CitySheetReader;
import org.scopeplus.io.city.CitySheetWriter;
import org.scopeplus.io.table.TableReader;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.RequestText;
import org.scopeplus.server.api.UploadFolder;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.city.inventory.InventorySummary;
import org.scopeplus.store.city.inventory.KeepingCityInventories;
import org.scopeplus.store.city.inventory.KeptInventory;
import org.scopeplus.store.city.inventory.StoredInventory;
import org.scopeplus.store.city.inventory.TraceLine;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The city's GPC inventories (docs/city.md): an admin or data owner uploads a reporting sheet (CSV
 * or XLSX), which stores or replaces the inventory of each of its cities and years, all or nothing;
 * every role reads the totals in both GPC views with the completeness check, and the export.
 */
@Tag(
    name = "City",
    description = "GPC inventory, districts, grid and daily estimates of a city (Carbon Eye)")
@RestController
@RequestMapping("/api/v1/city/inventories")
public class GpcInventoryController {

  /** The largest reporting sheet read: 10,000 rows of every column fit well within. */
  public static final long MAX_BYTES = 64L * 1024 * 1024;

  /** One kept inventory in the list, with its three headline totals. */
  record Listed(
      String id,
      String city,
      int year,
      String fileName,
      String uploadedBy,
      String uploadedAt,
      long basicGrams,
      long basicPlusGrams,
      long territorialGrams) {}

  /**
   * One calculated line with its trace.
   *
   * @param reference the GPC reference number
   * @param grams the line's estimate, grams CO2e
   * @param trace the result lines summed into it, in the order of the records
   */
  record TracedLine(String reference, long grams, List<TraceLine> trace) {}

  private final Database db;
  private final UploadFolder uploads;
  private final CalculatingFromActivity calculating;
  private final KeepingCityInventories store = new KeepingCityInventories();

  GpcInventoryController(Database db, UploadFolder uploads, CalculatingFromActivity calculating) {
    this.db = db;
    this.uploads = uploads;
    this.calculating = calculating;
  }

  @Operation(
      summary =
          "Upload city activity files, with an optional reporting sheet: GPC lines calculated"
              + " with the built-in factors and kept with their traces (admin or data owner)")
  @PostMapping(path = "/activity", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> uploadActivity(
      @AuthenticationPrincipal Caller caller,
      @RequestPart(name = "activity", required = false) List<MultipartFile> activity,
      @RequestPart(name = "sheet", required = false) MultipartFile sheet) {
    if (!caller.writes()) {
      throw ApiProblem.forbidden("a " + caller.role().label() + " reads but does not upload");
    }
    CalculatingFromActivity.Outcome o =
        calculating.keep(caller, sheet, activity == null ? List.of() : activity);
    if (o instanceof CalculatingFromActivity.Outcome.Refused r) {
      if (r.tooLarge()) {
        throw new ApiProblem(
            HttpStatus.CONTENT_TOO_LARGE,
            "Upload Too Large",
            r.problems().get(0).message(),
            Map.of());
      }
      throw ApiProblem.withProblems(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "Activity Data Refused",
          "the activity data was refused whole; nothing was calculated or kept",
          r.problems(),
          r.count());
    }
    CalculatingFromActivity.Outcome.Kept k = (CalculatingFromActivity.Outcome.Kept) o;
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", k.fileName());
    out.put("calculatedLines", k.calculatedLines());
    out.put("inventories", k.kept());
    return out;
  }

  @Operation(
      summary =
          "The lines of a city's GPC inventory calculated from activity data, each with its"
              + " trace: record, file and row, factor with its source, formula, grams")
  @GetMapping("/{city}/{year}/traces")
  List<TracedLine> traces(
      @AuthenticationPrincipal Caller caller, @PathVariable String city, @PathVariable int year) {
    StoredInventory i = kept(caller, city, year);
    Map<String, List<TraceLine>> traces =
        db.inTransaction(c -> store.traces(c, caller.tenantId(), i.id()));
    List<TracedLine> out = new ArrayList<>();
    for (Map.Entry<String, List<TraceLine>> e : traces.entrySet()) {
      long grams =
          i.inventory().entries().get(e.getKey()) instanceof GpcEntry.Estimated est
              ? est.co2eGrams()
              : 0;
      out.add(new TracedLine(e.getKey(), grams, e.getValue()));
    }
    return out;
  }

  @Operation(summary = "Upload a GPC reporting sheet, CSV or XLSX (admin or data owner)")
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> upload(
      @AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) {
    if (!caller.writes()) {
      throw ApiProblem.forbidden("a " + caller.role().label() + " reads but does not upload");
    }
    String name = fileName(file.getOriginalFilename());
    List<CityInventory> read = read(name, file, uploads);
    List<KeptInventory> kept =
        db.inTransaction(c -> store.put(c, caller.tenantId(), read, name, caller.username()));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("file", name);
    out.put("inventories", kept);
    return out;
  }

  /**
   * Reads an uploaded sheet whole, or throws the 413 or 422 problem that names file, row and
   * column; nothing is kept either way.
   */
  static List<CityInventory> read(String name, MultipartFile file, UploadFolder uploads) {
    if (file.getSize() > MAX_BYTES) {
      throw new ApiProblem(
          HttpStatus.CONTENT_TOO_LARGE,
          "Sheet Too Large",
          tooLarge(name, file.getSize()),
          Map.of());
    }
    ReadResult<List<CityInventory>> r = readSheet(name, file, uploads);
    if (!r.ok()) {
      throw refused(r.problems(), r.problemCount());
    }
    return r.value();
  }

  /** Why a file is too large to read. */
  public static String tooLarge(String name, long size) {
    return name + " has " + size + " bytes; a reporting sheet may have at most " + MAX_BYTES;
  }

  /**
   * Reads an uploaded sheet whole (the caller has checked its size): its inventories, or the
   * problems naming file, row and column.
   */
  public static ReadResult<List<CityInventory>> readSheet(
      String name, MultipartFile file, UploadFolder uploads) {
    Path path = null;
    ReadResult<List<CityInventory>> r;
    try {
      path = uploads.newFile();
      file.transferTo(path);
      try (TableReader t = TableReader.open(path, name)) {
        r = new CitySheetReader().read(t);
      } catch (IOException e) {
        r = ReadResult.failed(new Problem(name, 0, "", e.getMessage()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the uploaded sheet", e);
    } finally {
      uploads.delete(path);
    }
    if (!r.ok()) {
      return r;
    }
    List<Problem> tooLong = new ArrayList<>();
    for (CityInventory inv : r.value()) {
      for (GpcEntry e : inv.entries().values()) {
        if (e instanceof GpcEntry.Keyed k
            && k.explanation().length() > KeepingCityInventories.MAX_EXPLANATION) {
          tooLong.add(
              new Problem(
                  name,
                  0,
                  CitySheetColumns.explanation(e.line()),
                  inv.city()
                      + " "
                      + inv.year()
                      + ": the explanation has "
                      + k.explanation().length()
                      + " characters; at most "
                      + KeepingCityInventories.MAX_EXPLANATION
                      + " are kept"));
        }
      }
    }
    if (!tooLong.isEmpty()) {
      return new ReadResult<>(null, tooLong, tooLong.size());
    }
    return r;
  }

  private static ApiProblem refused(List<Problem> problems, long count) {
    return ApiProblem.withProblems(
        HttpStatus.UNPROCESSABLE_CONTENT,
        "Sheet Refused",
        "the reporting sheet was refused whole; nothing was kept",
        problems,
        count);
  }

  @Operation(summary = "The kept GPC inventories with their BASIC, BASIC+ and territorial totals")
  @GetMapping
  List<Listed> list(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(
        c -> {
          List<Listed> out = new ArrayList<>();
          for (InventorySummary s : store.list(c, caller.tenantId())) {
            StoredInventory i = store.byId(c, caller.tenantId(), s.id()).orElseThrow();
            GpcTotals t = GpcTotals.of(i.inventory());
            out.add(
                new Listed(
                    s.id(),
                    s.city(),
                    s.year(),
                    s.fileName(),
                    s.uploadedBy(),
                    s.uploadedAt().toString(),
                    t.basic(),
                    t.basicPlus(),
                    t.territorial()));
          }
          return out;
        });
  }

  @Operation(
      summary =
          "A city's GPC inventory of a year: totals in both views, every line, and the"
              + " completeness check at a level")
  @GetMapping("/{city}/{year}")
  InventoryView one(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String city,
      @PathVariable int year,
      @RequestParam(required = false) String level) {
    GpcLevel l = level(level);
    return InventoryView.of(kept(caller, city, year), l);
  }

  @Operation(summary = "Export a city's GPC inventory of a year as CSV: GPC layout or IPCC 2006")
  @GetMapping("/{city}/{year}/export")
  ResponseEntity<String> export(
      @AuthenticationPrincipal Caller caller,
      @PathVariable String city,
      @PathVariable int year,
      @RequestParam(required = false, defaultValue = "gpc") String layout) {
    if (!layout.equals("gpc") && !layout.equals("ipcc")) {
      throw ApiProblem.badRequest("layout is gpc or ipcc");
    }
    StoredInventory i = kept(caller, city, year);
    StringWriter w = new StringWriter();
    if (layout.equals("gpc")) {
      new CitySheetWriter().write(List.of(i.inventory()), w);
    } else {
      new CitySheetWriter().writeIpcc(List.of(i.inventory()), w);
    }
    String file = "city-" + year + "-" + layout + ".csv";
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"")
        .body(w.toString());
  }

  private StoredInventory kept(Caller caller, String city, int year) {
    RequestText.within("city", city, CityInventory.MAX_CITY_LENGTH);
    CityInventory.yearRefusal(year)
        .ifPresent(
            r -> {
              throw ApiProblem.badRequest(r);
            });
    return db.inTransaction(c -> store.find(c, caller.tenantId(), city.strip(), year))
        .orElseThrow(() -> ApiProblem.notFound("GPC inventory of " + city + " in " + year));
  }

  /** The level of a completeness check: basic (default) or basic+. */
  public static GpcLevel level(String level) {
    if (level == null || level.isBlank()) {
      return GpcLevel.BASIC;
    }
    RequestText.within("level", level, 20);
    return GpcLevel.parse(level)
        .orElseThrow(() -> ApiProblem.badRequest("level is basic or basic+"));
  }

  /** The name of an uploaded file without its folders, at most 200 characters. */
  public static String fileName(String original) {
    String n = original == null ? "" : original.replace('\\', '/');
    n = n.substring(n.lastIndexOf('/') + 1).strip();
    if (n.isEmpty() || n.equals(".") || n.equals("..")) {
      return "sheet.csv";
    }
    return n.length() > 200 ? n.substring(n.length() - 200) : n;
  }
}
