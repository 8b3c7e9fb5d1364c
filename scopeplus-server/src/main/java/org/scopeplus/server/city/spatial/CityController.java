package org.scopeplus.server.city.spatial;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.scopeplus.core.calculation.Grams;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.GpcMapSectors;
import org.scopeplus.io.city.monitor.ProxiesRead;
import org.scopeplus.io.city.monitor.ProxyFile;
import org.scopeplus.io.city.spatial.DistrictFile;
import org.scopeplus.io.city.spatial.DistrictsRead;
import org.scopeplus.io.city.spatial.Weighting;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.RequestText;
import org.scopeplus.server.city.monitor.CityDaily;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.city.inventory.KeepingCityInventories;
import org.scopeplus.store.city.inventory.StoredInventory;
import org.scopeplus.store.city.monitor.ProxyStore;
import org.scopeplus.store.city.publication.CityPublication;
import org.scopeplus.store.city.publication.PublicationStore;
import org.scopeplus.store.city.spatial.CityMapStore;
import org.scopeplus.store.city.spatial.LocatedEmission;
import org.scopeplus.store.city.spatial.SectorTotal;
import org.scopeplus.store.city.spatial.StoredDistrict;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Carbon Eye's map and daily estimates: an admin uploads the district boundaries (GeoJSON), the
 * city's sector totals with its located emissions, and the daily proxies (CSV); every role reads
 * the districts and the grid with their allocated emissions and the daily estimates. The public
 * page settings (slug, published, licence) are set here too.
 */
@Tag(
    name = "City",
    description = "GPC inventory, districts, grid and daily estimates of a city (Carbon Eye)")
@RestController
@RequestMapping("/api/v1/city")
class CityController {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
  private static final int MAX_LOCATED = 10_000;

  /** The public page settings; {@code licence} defaults to CC-BY-4.0. */
  record PublicationBody(
      String slug, String name, Boolean published, String licence, Double population, Double gdp) {}

  /** A point source ({@code lon}, {@code lat}) or a district's activity ({@code district}). */
  record LocatedBody(
      String name, String district, Double lon, Double lat, String sector, Long grams) {}

  /**
   * The city's sector totals (sector code -> grams CO2e) of the last full inventory, how each
   * sector's unlocated part is spread ({@code area} by default, {@code population}, {@code gdp}),
   * and the located emissions.
   */
  record EmissionsBody(
      Integer inventoryYear,
      Map<String, Long> sectors,
      Map<String, String> weighting,
      List<LocatedBody> located) {}

  /**
   * How a sector's unlocated part is spread ({@code area} by default, {@code population}, {@code
   * gdp}) and the located emissions, for totals taken from the GPC inventory.
   */
  record PlacingBody(Map<String, String> weighting, List<LocatedBody> located) {}

  private final Database db;
  private final KeepingCityInventories inventories = new KeepingCityInventories();
  private final CityMapStore maps = new CityMapStore();
  private final ProxyStore proxies = new ProxyStore();
  private final PublicationStore publications = new PublicationStore();
  private final CityMapping mapping = new CityMapping();
  private final CityDaily daily = new CityDaily();

  CityController(Database db) {
    this.db = db;
  }

  @Operation(summary = "Set the city's public page: slug, name, published, licence (admin)")
  @PutMapping("/publication")
  CityPublication publish(@AuthenticationPrincipal Caller caller, @RequestBody PublicationBody b) {
    admin(caller);
    if (b == null || b.slug() == null || !SLUG.matcher(b.slug()).matches()) {
      throw ApiProblem.badRequest("slug is 1 to 60 lower-case letters, digits and hyphens");
    }
    RequestText.within("name", b.name(), 200);
    RequestText.within("licence", b.licence(), 100);
    if (b.name() == null || b.name().isBlank()) {
      throw ApiProblem.badRequest("give the city's name");
    }
    figure("population", b.population());
    figure("gdp", b.gdp());
    CityPublication p =
        new CityPublication(
            caller.tenantId(),
            b.slug(),
            b.name().strip(),
            Boolean.TRUE.equals(b.published()),
            b.licence() == null || b.licence().isBlank() ? "CC-BY-4.0" : b.licence().strip(),
            b.population(),
            b.gdp());
    boolean kept = db.inTransaction(c -> publications.put(c, p, caller.username()));
    if (!kept) {
      throw ApiProblem.conflict("the slug '" + b.slug() + "' is taken by another city");
    }
    return p;
  }

  @Operation(summary = "The city's public page settings")
  @GetMapping("/publication")
  CityPublication publication(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(c -> publications.byTenant(c, caller.tenantId()))
        .orElseThrow(() -> ApiProblem.notFound("public page settings"));
  }

  @Operation(summary = "Upload the district boundaries as a GeoJSON FeatureCollection (admin)")
  @PostMapping("/districts")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> uploadDistricts(
      @AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) {
    admin(caller);
    String name = file.getOriginalFilename() == null ? "districts" : file.getOriginalFilename();
    if (file.getSize() > DistrictFile.MAX_BYTES) {
      throw ApiProblem.refused(
          "Districts Refused", name + " has more than " + DistrictFile.MAX_BYTES + " bytes");
    }
    DistrictsRead r;
    try {
      r = DistrictFile.read(name, file.getBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (r instanceof DistrictsRead.Refused x) {
      throw ApiProblem.withProblems(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "Districts Refused",
          "the file was refused whole; nothing was kept",
          x.problems(),
          x.problems().size());
    }
    List<StoredDistrict> ds = new ArrayList<>();
    for (var d : ((DistrictsRead.Read) r).districts()) {
      ds.add(new StoredDistrict(d.id(), d.name(), d.population(), d.gdp(), d.geometryJson()));
    }
    db.inTransaction(
        c -> {
          maps.replaceDistricts(c, caller.tenantId(), ds, caller.username());
          return null;
        });
    return Map.of("districts", ds.size());
  }

  @Operation(
      summary =
          "The districts as GeoJSON with their allocated emissions, per capita and per GDP, by"
              + " sector")
  @GetMapping("/districts")
  Map<String, Object> districts(@AuthenticationPrincipal Caller caller) {
    return db.inTransaction(c -> mapping.districtFeatures(c, caller.tenantId()));
  }

  @Operation(summary = "The grid of square cells (cellMetres) with their allocated emissions")
  @GetMapping("/grid")
  Map<String, Object> grid(
      @AuthenticationPrincipal Caller caller,
      @RequestParam(required = false, defaultValue = "1000") int cellMetres) {
    return db.inTransaction(c -> mapping.grid(c, caller.tenantId(), cellMetres));
  }

  @Operation(summary = "Set the city's sector totals and located emissions (admin)")
  @PutMapping("/emissions")
  Map<String, Object> emissions(
      @AuthenticationPrincipal Caller caller, @RequestBody EmissionsBody b) {
    admin(caller);
    if (b == null || b.inventoryYear() == null || b.sectors() == null || b.sectors().isEmpty()) {
      throw ApiProblem.badRequest("give inventoryYear and sectors (sector code -> grams CO2e)");
    }
    if (b.inventoryYear() < 1990 || b.inventoryYear() > 2100) {
      throw ApiProblem.badRequest("inventoryYear must lie between 1990 and 2100");
    }
    if (b.sectors().size() > 200) {
      throw ApiProblem.badRequest("at most 200 sectors");
    }
    return keep(caller, b);
  }

  @Operation(
      summary =
          "Set the city's sector totals from a kept GPC inventory: its territorial (scope 1)"
              + " lines by map sector (admin)")
  @PostMapping("/emissions/from-inventory")
  Map<String, Object> emissionsFromInventory(
      @AuthenticationPrincipal Caller caller,
      @RequestParam int year,
      @RequestParam(required = false) String city,
      @RequestBody(required = false) PlacingBody b) {
    admin(caller);
    CityInventory.yearRefusal(year)
        .ifPresent(
            r -> {
              throw ApiProblem.badRequest(r);
            });
    RequestText.within("city", city, CityInventory.MAX_CITY_LENGTH);
    List<StoredInventory> ofYear =
        db.inTransaction(c -> inventories.ofYear(c, caller.tenantId(), year)).stream()
            .filter(i -> city == null || i.inventory().city().equals(city.strip()))
            .toList();
    if (ofYear.isEmpty()) {
      throw ApiProblem.notFound(
          "GPC inventory of " + (city == null ? "the city" : city) + " in " + year);
    }
    if (ofYear.size() > 1) {
      throw ApiProblem.badRequest(
          "inventories of "
              + ofYear.size()
              + " cities are kept for "
              + year
              + "; name one with city");
    }
    StoredInventory inv = ofYear.get(0);
    GpcMapSectors mapped = GpcMapSectors.of(inv.inventory());
    mapped
        .refusal()
        .ifPresent(
            r -> {
              throw ApiProblem.refused("Nothing To Map", r);
            });
    Map<String, Long> sectors = new LinkedHashMap<>(mapped.sectors());
    if (sectors.isEmpty()) {
      throw ApiProblem.refused(
          "Nothing To Map",
          "the GPC inventory of "
              + inv.inventory().city()
              + " in "
              + year
              + " has no scope 1 (territorial) estimate to place on the map");
    }
    Map<String, Object> out =
        keep(
            caller,
            new EmissionsBody(
                year, sectors, b == null ? null : b.weighting(), b == null ? null : b.located()));
    out.put("city", inv.inventory().city());
    out.put("inventoryId", inv.id());
    out.put("sectorGrams", sectors);
    return out;
  }

  private Map<String, Object> keep(Caller caller, EmissionsBody b) {
    List<SectorTotal> totals = new ArrayList<>();
    for (Map.Entry<String, Long> s : b.sectors().entrySet()) {
      sector("sectors", s.getKey());
      grams("sectors." + s.getKey(), s.getValue());
      String w = b.weighting() == null ? null : b.weighting().get(s.getKey());
      Weighting weighting =
          w == null
              ? Weighting.AREA
              : Weighting.parse(w)
                  .orElseThrow(
                      () ->
                          ApiProblem.badRequest(
                              "weighting." + s.getKey() + " is area, population or gdp"));
      totals.add(new SectorTotal(s.getKey(), b.inventoryYear(), s.getValue(), weighting.name()));
    }
    List<LocatedEmission> located = new ArrayList<>();
    List<LocatedBody> given = b.located() == null ? List.of() : b.located();
    if (given.size() > MAX_LOCATED) {
      throw ApiProblem.badRequest("at most " + MAX_LOCATED + " located emissions");
    }
    for (int i = 0; i < given.size(); i++) {
      LocatedBody l = given.get(i);
      String at = "located[" + i + "]";
      if (l == null) {
        throw ApiProblem.badRequest(at + " is empty");
      }
      RequestText.within(at + ".name", l.name(), 200);
      sector(at + ".sector", l.sector());
      if (!b.sectors().containsKey(l.sector())) {
        throw ApiProblem.badRequest(at + ".sector '" + l.sector() + "' has no city total");
      }
      grams(at + ".grams", l.grams());
      boolean point = l.lon() != null || l.lat() != null;
      if (point == (l.district() != null)) {
        throw ApiProblem.badRequest(at + " is a point (lon, lat) or a district, one of the two");
      }
      if (point
          && (l.lon() == null
              || l.lat() == null
              || !(l.lon() >= -180 && l.lon() <= 180 && l.lat() >= -90 && l.lat() <= 90))) {
        throw ApiProblem.badRequest(at + ": lon must lie in -180..180 and lat in -90..90");
      }
      RequestText.within(at + ".district", l.district(), 100);
      located.add(
          new LocatedEmission(
              l.name() == null ? at : l.name(),
              l.district(),
              l.lon(),
              l.lat(),
              l.sector(),
              l.grams()));
    }
    long cityGrams = totals.stream().mapToLong(SectorTotal::grams).reduce(0, Math::addExact);
    db.inTransaction(
        c -> {
          maps.replaceEmissions(c, caller.tenantId(), totals, located, caller.username());
          return null;
        });
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("sectors", totals.size());
    out.put("located", located.size());
    out.put("cityGrams", cityGrams);
    return out;
  }

  @Operation(summary = "Upload daily activity proxies as CSV date,sector,value (admin)")
  @PostMapping("/proxies")
  @ResponseStatus(HttpStatus.CREATED)
  Map<String, Object> uploadProxies(
      @AuthenticationPrincipal Caller caller, @RequestPart("file") MultipartFile file) {
    admin(caller);
    String name = file.getOriginalFilename() == null ? "proxies.csv" : file.getOriginalFilename();
    ProxiesRead r;
    try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      r = ProxyFile.read(name, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (r instanceof ProxiesRead.Refused x) {
      throw ApiProblem.withProblems(
          HttpStatus.UNPROCESSABLE_CONTENT,
          "Proxies Refused",
          "the file was refused whole; nothing was kept",
          x.problems(),
          x.problems().size());
    }
    var read = ((ProxiesRead.Read) r).proxies();
    db.inTransaction(
        c -> {
          proxies.put(c, caller.tenantId(), read, caller.username());
          return null;
        });
    return Map.of("values", read.size());
  }

  @Operation(
      summary =
          "Daily estimates by sector with their range, the year to date against last year and"
              + " trend alerts")
  @GetMapping("/daily")
  Map<String, Object> daily(
      @AuthenticationPrincipal Caller caller, @RequestParam String from, @RequestParam String to) {
    LocalDate f = date("from", from);
    LocalDate t = date("to", to);
    return db.inTransaction(c -> daily.daily(c, caller.tenantId(), f, t));
  }

  private static void admin(Caller c) {
    if (!c.administers()) {
      throw ApiProblem.forbidden("only an admin may do this");
    }
  }

  private static LocalDate date(String field, String v) {
    RequestText.within(field, v, 10);
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest(field + " is a date like 2024-03-01");
    }
  }

  private static void sector(String field, String code) {
    if (code == null || !code.matches("[A-Za-z0-9_.-]{1,60}")) {
      throw ApiProblem.badRequest(field + ": a sector code is 1 to 60 letters, digits, _ . -");
    }
  }

  private static void grams(String field, Long g) {
    if (g == null || g < 0 || g > Grams.MAX_LINE) {
      throw ApiProblem.badRequest(field + " must be grams from 0 to " + Grams.MAX_LINE);
    }
  }

  private static void figure(String field, Double v) {
    if (v != null && !(v >= 0 && v <= 1e15)) {
      throw ApiProblem.badRequest(field + " must be a number from 0 to 1e15");
    }
  }
}
