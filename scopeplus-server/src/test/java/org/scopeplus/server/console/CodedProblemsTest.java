package org.scopeplus.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.energy.Meter;
import org.scopeplus.core.energy.ReadingImport;
import org.scopeplus.core.energy.ReadingRow;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.core.text.Sentence;
import org.scopeplus.io.activity.ActivityColumns;
import org.scopeplus.io.activity.ActivityRowParser;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.city.CityActivityReader;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableRow;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Located problems the core gives with a code (a key and its arguments): the English wording of the
 * key with the arguments is the problem's English message exactly, so a page says the same sentence
 * by key in Chinese; a problem without a code still reads through the wording match.
 */
class CodedProblemsTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final ReferenceData REFERENCE = BuiltInReferenceData.load();
  private static final ActivityRowParser PARSER =
      new ActivityRowParser(REFERENCE.catalog(), REFERENCE.regions(), REFERENCE.gwps());
  private static final List<String> COLUMNS =
      List.of(
          ActivityColumns.RECORD_ID,
          ActivityColumns.ORG_UNIT,
          ActivityColumns.PERIOD,
          ActivityColumns.ACTIVITY_TYPE,
          ActivityColumns.QUANTITY,
          ActivityColumns.UNIT,
          ActivityColumns.REGION,
          ActivityColumns.SUBSTANCE,
          ActivityColumns.HEAT_CONTENT,
          ActivityColumns.DENSITY,
          ActivityColumns.SHARE,
          ActivityColumns.SUPPLIER_FACTOR,
          ActivityColumns.SUPPLIER_FACTOR_UNIT,
          ActivityColumns.SUPPLIER_PRODUCT,
          ActivityColumns.INSTRUMENT,
          "colour",
          ActivityColumns.FACILITY,
          ActivityColumns.FACILITY);

  private final ResourceBundleMessageSource messages = StoredSentencesTest.bundles();
  private final StoredSentences sentences = StoredSentences.of(messages);
  private final Formats formats = new Formats(messages);

  /**
   * The codes of {@code problems}, each checked: it has a code, its key's English wording with its
   * arguments is its message exactly, and its Chinese wording is Chinese, every placeholder filled.
   */
  private Set<String> saidByKey(List<Problem> problems) {
    Set<String> codes = new LinkedHashSet<>();
    for (Problem p : problems) {
      assertThat(p.sentence()).as(p.message()).isNotNull();
      codes.add(p.code());
      assertThat(sentences.say(p.sentence(), Locale.ENGLISH)).as(p.code()).isEqualTo(p.message());
      String zh = sentences.say(p.sentence(), ZH);
      assertThat(zh).as(p.code()).isNotNull().doesNotContain("{").isNotEqualTo(p.message());
      assertThat(
              zh.codePoints()
                  .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
          .as(zh)
          .isTrue();
    }
    return codes;
  }

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  /** Rows that together meet every problem an activity row and its header can have. */
  private static List<Problem> problemsOfBadRows() {
    List<Problem> out = new ArrayList<>();
    HeaderIndex header =
        HeaderIndex.of("activity.csv", COLUMNS, ActivityColumns.REQUIRED, ActivityColumns.OPTIONAL);
    out.addAll(header.problems());
    String[][] rows = {
      // record_id, org_unit, period, type, quantity, unit, region, substance, heat, density,
      // share, supplier factor, its unit, supplier product, instrument
      {
        "",
        "Group//X",
        "2024-13",
        "no.such.type",
        "lots",
        "furlongs",
        "",
        "",
        "0",
        "1e-400",
        "2",
        "-1",
        "zz",
        "abc",
        ""
      },
      {"B", "", "", "s2.electricity", "-5", "kg", "XX", "", "1e9", "1e9"},
      {"C", "Group/../X", "1800-01", "s1.refrigerant.purchased", "1e400", "", "CN"},
      {
        "D",
        "Group/A",
        "",
        "s1.refrigerant.purchased",
        "",
        "kg",
        "CN",
        "R-999",
        "",
        "",
        "",
        "",
        "",
        "",
        "GO-1"
      },
      {
        "E",
        "Group/A",
        "2024",
        "s3.c1.supplier_specific",
        "1e30",
        "kWh",
        "CN",
        "",
        "",
        "",
        "",
        "2",
        "kg"
      },
      {"F", "Group/A", "2024", "s3.c1.supplier_specific", "5", "kWh", "CN"},
    };
    long n = 2;
    for (String[] cells : rows) {
      String[] all = java.util.Arrays.copyOf(cells, COLUMNS.size());
      java.util.Arrays.fill(all, cells.length, all.length, "");
      PARSER.parse("activity.csv", header, new TableRow(n++, all), out);
    }
    return out;
  }

  @Test
  void everyProblemOfAnActivityRowHasACodeWhoseEnglishWordingIsItsMessage() {
    List<Problem> problems = problemsOfBadRows();
    Set<String> codes = saidByKey(problems);
    // the rows above meet these codes: a change that drops one shows here
    assertThat(codes)
        .contains(
            "problem.columnTwice",
            "problem.unknownColumn",
            "problem.recordIdEmpty",
            "problem.orgPath.emptyLevel",
            "problem.orgPath.navigating",
            "problem.periodNotReal",
            "problem.periodEmpty",
            "problem.periodOutside",
            "problem.unknownType",
            "problem.notNumber",
            "problem.unknownUnit",
            "problem.regionEmpty",
            "problem.unknownRegion",
            "problem.positive",
            "problem.tooSmall",
            "problem.share",
            "problem.supplierFactorNegative",
            "problem.unknownSupplierUnit",
            "problem.notUrn",
            "problem.orgUnitEmpty",
            "problem.negative",
            "problem.unitKind",
            "problem.beyondPlausible",
            "problem.beyondRange",
            "problem.empty",
            "problem.needsSubstance",
            "problem.unknownSubstance",
            "problem.instrumentNotScope2",
            "problem.implausible",
            "problem.supplierUnitKind",
            "problem.supplierFactorNeeded");
  }

  @Test
  void aCodedProblemIsSaidInChineseByItsKeyWithItsArguments() {
    LocaleContextHolder.setLocale(ZH);
    Problem notNumber =
        new Problem(
            "a.csv",
            3,
            "quantity",
            "quantity 'lots' is not a number (use a point as decimal separator and no thousands"
                + " separator)",
            Sentence.of("problem.notNumber", "quantity", "lots"));
    assertThat(formats.problem(notNumber)).isEqualTo("数量“lots”不是数字（小数点用英文句点，不加千位分隔符）");
    // the key decides, not the English: a message reworded since still reads by its key
    Problem reworded =
        new Problem(
            "a.csv",
            4,
            "record_id",
            "record id x used twice",
            Sentence.of("problem.recordIdTwice", "x", "a.csv row 2"));
    assertThat(formats.problem(reworded)).isEqualTo("记录编号“x”在本报告期内重复使用（首次出现于 a.csv row 2）");
  }

  @Test
  void aProblemWithoutACodeStillReadsThroughTheWordingAndAnUnknownKeyFallsBack() {
    LocaleContextHolder.setLocale(ZH);
    assertThat(formats.problem(new Problem("a.csv", 3, "unit", "unit is empty"))).isEqualTo("单位为空");
    // a code the bundles do not know yet: the English message is matched instead
    assertThat(
            formats.problem(
                new Problem("a.csv", 3, "unit", "unit is empty", Sentence.of("problem.notYet"))))
        .isEqualTo("单位为空");
    assertThat(formats.problem(new Problem("a.csv", 3, "", "something else went wrong"))).isNull();
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(
            formats.problem(
                new Problem(
                    "a.csv", 3, "unit", "unit is empty", Sentence.of("problem.empty", "unit"))))
        .isEqualTo("unit is empty");
  }

  /** The energy page's readings upload: refusals, gaps and spikes, each with a code. */
  @Test
  void everyProblemAndFindingOfAReadingsUploadHasACodeWhoseEnglishWordingIsItsMessage() {
    Meter hourly =
        new Meter("m", "s", "Main", Meter.Carrier.ELECTRICITY, Meter.Direction.IMPORT, 60);
    ZoneId newYork = ZoneId.of("America/New_York");
    List<Problem> problems = new ArrayList<>();
    ReadingImport.Outcome refused =
        ReadingImport.check(
            hourly,
            newYork,
            "m.csv",
            List.of(
                new ReadingRow(2, "2024-03-10 02:00", "1"),
                new ReadingRow(3, "2024-11-03 01:00", "1"),
                new ReadingRow(4, "", "1"),
                new ReadingRow(5, "yesterday", "1"),
                new ReadingRow(6, "1980-01-01T00:00Z", "1"),
                new ReadingRow(7, "2024-01-01T00:30Z", "1"),
                new ReadingRow(8, "2024-01-01T01:00Z", "lots"),
                new ReadingRow(9, "2024-01-01T02:00Z", "-1"),
                new ReadingRow(10, "2024-01-01T03:00Z", "2e6"),
                new ReadingRow(11, "2024-01-01T04:00Z", "1"),
                new ReadingRow(12, "2024-01-01T04:00Z", "1")));
    problems.addAll(((ReadingImport.Outcome.Refused) refused).problems());
    problems.addAll(
        ((ReadingImport.Outcome.Refused) ReadingImport.check(hourly, newYork, "e.csv", List.of()))
            .problems());
    // by hand: ten hourly readings of 1 kWh, one of 50 kWh (50 times the median of 1 kWh), and a
    // gap of 2 hours before the last
    List<ReadingRow> rows = new ArrayList<>();
    for (int h = 0; h < 11; h++) {
      rows.add(
          new ReadingRow(
              h + 2, "2024-01-01T" + String.format("%02d", h) + ":00Z", h == 5 ? "50" : "1"));
    }
    rows.add(new ReadingRow(13, "2024-01-01T13:00Z", "1"));
    problems.addAll(
        ((ReadingImport.Outcome.Accepted) ReadingImport.check(hourly, newYork, "g.csv", rows))
            .findings());
    Set<String> codes = saidByKey(problems);
    assertThat(codes)
        .contains(
            "problem.timestamp.skipped",
            "problem.timestamp.twice",
            "problem.timestamp.missing",
            "problem.timestamp.notTimestamp",
            "problem.timestamp.outsideYears",
            "problem.reading.notAligned",
            "problem.reading.notNumber",
            "problem.reading.negative",
            "problem.reading.beyondGwh",
            "problem.reading.duplicate",
            "problem.reading.none",
            "problem.reading.gap",
            "problem.reading.spike");
    Problem negative =
        problems.stream()
            .filter(p -> p.code().equals("problem.reading.negative"))
            .findFirst()
            .get();
    assertThat(sentences.say(negative.sentence(), ZH))
        .isEqualTo("抄表读数不能为负：输入（购入）计量表只计一个方向的电量（另一方向请用输出（上网）计量表）");
  }

  /** A city's activity file: its GPC references and ids, on top of the activity row's problems. */
  @Test
  void theProblemsOfACityActivityFileHaveCodesWhoseEnglishWordingIsTheirMessage()
      throws java.io.IOException {
    String header =
        "record_id,org_unit,facility,period,activity_type,quantity,unit,region,gpc_reference\n";
    CityActivityReader reader = new CityActivityReader(REFERENCE);
    List<Problem> problems = new ArrayList<>();
    problems.addAll(
        city(
                reader,
                header
                    + "E1,Example City,,2023,s2.electricity,10,MWh,CN,\n"
                    + "E2,Example City,,2023,s2.electricity,10,MWh,CN,IX.9\n"
                    + "E2,Example City,,2023,s2.electricity,10,MWh,CN,I.2.2\n")
            .problems());
    problems.addAll(city(reader, header).problems());
    Set<String> codes = saidByKey(problems);
    assertThat(codes)
        .contains(
            "problem.gpcReferenceEmpty",
            "problem.unknownGpcReference",
            "problem.recordIdTwiceInFiles",
            "problem.headerOnly");
  }

  private static org.scopeplus.io.ReadResult<List<org.scopeplus.core.city.activity.GpcActivity>>
      city(CityActivityReader reader, String csv) throws java.io.IOException {
    try (org.scopeplus.io.table.TableReader t =
        org.scopeplus.io.table.TableReader.csv(
            "c.csv",
            new java.io.ByteArrayInputStream(
                csv.getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
      return reader.read(t);
    }
  }
}
