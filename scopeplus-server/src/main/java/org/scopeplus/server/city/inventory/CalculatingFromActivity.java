package org.scopeplus.server.city.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scopeplus.core.calculation.CalculationOptions;
import org.scopeplus.core.calculation.ResultLine;
import org.scopeplus.core.city.CityInventory;
import org.scopeplus.core.city.activity.CalculatedLine;
import org.scopeplus.core.city.activity.CalculatingGpcLines;
import org.scopeplus.core.city.activity.GpcActivity;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.ReadResult;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.city.CityActivityReader;
import org.scopeplus.server.api.UploadFolder;
import org.scopeplus.server.security.Caller;
import org.scopeplus.store.Database;
import org.scopeplus.store.city.inventory.KeepingCityInventories;
import org.scopeplus.store.city.inventory.KeptInventory;
import org.scopeplus.store.city.inventory.TraceLine;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * GPC lines calculated in the service from uploaded city activity files (the format of {@code
 * scopeplus city inventory --activity}, docs/city.md), with an optional reporting sheet whose lines
 * they join: read by {@link CityActivityReader}, routed and calculated by {@link
 * CalculatingGpcLines#calculateAll} with the built-in factors, exactly as on the command line, and
 * kept with the trace of every calculated line. All or nothing: one problem anywhere and nothing is
 * kept. Used by the API and the console alike.
 */
@Component
public class CalculatingFromActivity {

  /** The most activity files one upload may hold. */
  public static final int MAX_FILES = 20;

  /** The most problems listed; the count says how many there were. */
  static final int MAX_LISTED = 100;

  /** What an upload gave. */
  public sealed interface Outcome {
    /**
     * Kept: the inventories stored or replaced, and how many of their lines were calculated.
     *
     * @param fileName the name the inventories are kept under
     * @param kept what was done with each inventory
     * @param calculatedLines how many lines were calculated from activity data
     */
    record Kept(String fileName, List<KeptInventory> kept, int calculatedLines)
        implements Outcome {}

    /**
     * Refused whole, nothing kept.
     *
     * @param fileName the files' names
     * @param tooLarge true when a file or the number of files is beyond the limits (413)
     * @param problems the problems, with file, row and column
     * @param count how many problems there were
     */
    record Refused(String fileName, boolean tooLarge, List<Problem> problems, long count)
        implements Outcome {}
  }

  private final Database db;
  private final UploadFolder uploads;
  private final ReferenceData reference;
  private final KeepingCityInventories store = new KeepingCityInventories();

  CalculatingFromActivity(Database db, UploadFolder uploads, ReferenceData reference) {
    this.db = db;
    this.uploads = uploads;
    this.reference = reference;
  }

  /**
   * Reads, calculates and keeps: the sheet's inventories with the calculated lines joined to them,
   * or without a sheet one inventory per city and year of the records.
   *
   * @param caller who uploads (the caller has checked the role)
   * @param sheet the reporting sheet, or null
   * @param activity the activity files, at least one
   */
  public Outcome keep(Caller caller, MultipartFile sheet, List<MultipartFile> activity) {
    List<MultipartFile> all = new ArrayList<>();
    if (sheet != null && !sheet.isEmpty()) {
      all.add(sheet);
    } else {
      sheet = null;
    }
    all.addAll(activity);
    List<String> names = new ArrayList<>();
    for (MultipartFile f : all) {
      names.add(GpcInventoryController.fileName(f.getOriginalFilename()));
    }
    String fileName = String.join(", ", names);
    if (activity.isEmpty()) {
      return refused(fileName, false, new Problem("", 0, "activity", noActivity()));
    }
    if (activity.size() > MAX_FILES) {
      return refused(
          fileName,
          true,
          new Problem(
              "",
              0,
              "activity",
              activity.size() + " activity files; an upload may hold at most " + MAX_FILES));
    }
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).getSize() > GpcInventoryController.MAX_BYTES) {
        return refused(
            fileName,
            true,
            new Problem(
                names.get(i),
                0,
                "",
                GpcInventoryController.tooLarge(names.get(i), all.get(i).getSize())));
      }
    }
    List<CityInventory> bases = List.of();
    if (sheet != null) {
      ReadResult<List<CityInventory>> r =
          GpcInventoryController.readSheet(names.get(0), sheet, uploads);
      if (!r.ok()) {
        return new Outcome.Refused(fileName, false, r.problems(), r.problemCount());
      }
      bases = r.value();
    }
    ReadResult<List<GpcActivity>> read =
        readActivity(names.subList(all.size() - activity.size(), names.size()), activity);
    if (!read.ok()) {
      return new Outcome.Refused(fileName, false, read.problems(), read.problemCount());
    }
    CalculatingGpcLines.AllOutcome outcome =
        CalculatingGpcLines.calculateAll(
            bases,
            sheet == null ? "the uploaded activity data" : names.get(0),
            sheet == null ? CalculatingGpcLines.Routing.OPEN : CalculatingGpcLines.Routing.SHEET,
            read.value(),
            reference.engine(CalculationOptions.defaults()));
    if (outcome instanceof CalculatingGpcLines.AllOutcome.Refused r) {
      List<Problem> p = r.problems();
      return new Outcome.Refused(
          fileName, false, p.subList(0, Math.min(MAX_LISTED, p.size())), p.size());
    }
    List<CityInventory> inventories = new ArrayList<>();
    Map<CityInventory, Map<String, List<TraceLine>>> traces = new LinkedHashMap<>();
    int lines = 0;
    for (CalculatingGpcLines.Outcome.Calculated c :
        ((CalculatingGpcLines.AllOutcome.Calculated) outcome).inventories()) {
      inventories.add(c.inventory());
      Map<String, List<TraceLine>> byLine = new LinkedHashMap<>();
      for (CalculatedLine l : c.lines()) {
        List<TraceLine> t = new ArrayList<>();
        for (ResultLine r : l.trace()) {
          t.add(TraceLine.of(r));
        }
        byLine.put(l.entry().line().reference(), t);
        lines++;
      }
      traces.put(c.inventory(), byLine);
    }
    int calculated = lines;
    List<KeptInventory> kept =
        db.inTransaction(
            c -> store.put(c, caller.tenantId(), inventories, traces, fileName, caller.username()));
    return new Outcome.Kept(fileName, kept, calculated);
  }

  private ReadResult<List<GpcActivity>> readActivity(
      List<String> names, List<MultipartFile> files) {
    List<Path> kept = new ArrayList<>();
    try {
      List<CityActivityReader.Source> sources = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        Path p = uploads.newFile();
        kept.add(p);
        files.get(i).transferTo(p);
        sources.add(new CityActivityReader.Source(names.get(i), p));
      }
      return new CityActivityReader(reference).readAll(sources);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep an uploaded activity file", e);
    } finally {
      for (Path p : kept) {
        uploads.delete(p);
      }
    }
  }

  private static Outcome.Refused refused(String fileName, boolean tooLarge, Problem problem) {
    return new Outcome.Refused(fileName, tooLarge, List.of(problem), 1);
  }

  /** Why an upload without activity files is refused. */
  static String noActivity() {
    return "no activity file; give one or more city activity files (docs/city.md) in the part"
        + " 'activity'";
  }
}
