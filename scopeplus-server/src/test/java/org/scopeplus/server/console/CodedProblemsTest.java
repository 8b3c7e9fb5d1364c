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
import org.scopeplus.core.energy.IntervalPhase;
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
    // an hourly meter in Asia/Kolkata starts its hours 30 minutes past the UTC hour
    problems.addAll(
        ((ReadingImport.Outcome.Refused)
                ReadingImport.check(
                    hourly.withPhase(30),
                    ZoneId.of("Asia/Kolkata"),
                    "k.csv",
                    List.of(new ReadingRow(2, "2024-01-01T00:00Z", "1"))))
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
            "problem.reading.notOnPhase",
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

  /** An hourly meter refused in a zone whose summer time moves the clock by half an hour. */
  @Test
  void theRefusalOfAnHourlyMeterOnLordHoweIsSaidInChinese() {
    IntervalPhase.Derived d =
        IntervalPhase.of(
            ZoneId.of("Australia/Lord_Howe"), 60, java.time.Instant.parse("2024-01-01T00:00:00Z"));
    String reason = ((IntervalPhase.Derived.Refused) d).reason();
    assertThat(sentences.say("refusal", reason, Locale.ENGLISH)).isEqualTo(reason);
    assertThat(sentences.say("refusal", reason, ZH))
        .isEqualTo(
            "Australia/Lord_Howe 的时钟在偏移量 [+11:00, +10:30] 之间切换，其 60 分钟时段在夏季和冬季从整点后的不同分钟开始：请为该计量表提供"
                + " 30 分钟或 15 分钟的抄表读数");
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

  /**
   * A CSV file's syntax (RFC 4180 quoting, the row and cell limits of CsvFormat) and its cells'
   * characters (control characters, bytes that are not UTF-8), in a named column, a cell beyond the
   * header and the header itself: each refusal has a code whose English wording is its message.
   */
  @Test
  void everyCsvSyntaxAndCellProblemHasACodeWhoseEnglishWordingIsItsMessage() {
    String header = "record_id,quantity\n";
    String wide = "a,".repeat(org.scopeplus.io.table.CsvFormat.MAX_COLUMNS) + "a\n";
    String longCell = "x".repeat(org.scopeplus.io.table.CsvFormat.MAX_CELL_CHARS + 1);
    // 40 cells of the longest length a cell may have: 1,310,720 characters, beyond a row's
    // 1,048,576
    String longRow =
        ("y".repeat(org.scopeplus.io.table.CsvFormat.MAX_CELL_CHARS) + ",").repeat(40) + "\n";
    byte[] notUtf8Header = {'a', ',', (byte) 0xC3, '(', '\n', 'b', '\n'};
    List<Problem> problems = new ArrayList<>();
    problems.add(refusal(header + "A,\"5\n"));
    problems.add(refusal(header + wide));
    problems.add(refusal(header + "A," + longCell + "\n"));
    problems.add(refusal(header + longRow));
    problems.add(refusal(header + "A,\"5\"x\n"));
    problems.add(refusal(header + "A,5\u0000\n"));
    problems.add(refusal(header + "A,5,\u0007\n"));
    problems.add(refusal(notUtf8Header));
    problems.add(refusal("a,\u0000b\n"));
    problems.add(refusal("\u0007a,b\n"));
    problems.add(refusal(header + "A,\u0001\n"));
    problems.add(refusal(header + "A,5,\u0000\n"));
    byte[] bad = {'A', ',', '5', ',', (byte) 0xFF, '\n'};
    problems.add(refusal(concat(header, bad)));
    problems.add(refusal(concat(header, new byte[] {'A', ',', (byte) 0xFF, '\n'})));
    Set<String> codes = saidByKey(problems);
    assertThat(codes)
        .contains(
            "problem.csv.unclosedQuote",
            "problem.csv.tooManyCells",
            "problem.csv.cellTooLong",
            "problem.csv.rowTooLong",
            "problem.csv.textAfterQuote",
            "problem.cell.nul",
            "problem.unnamedCell.control",
            "problem.headerCell.notUtf8",
            "problem.headerCell.nul",
            "problem.headerCell.control",
            "problem.cell.control",
            "problem.cell.notUtf8",
            "problem.unnamedCell.nul",
            "problem.unnamedCell.notUtf8");
    // the column is said in the page's words; the row and the character as counted
    Problem nul = problems.get(5);
    assertThat(nul.message())
        .isEqualTo("quantity holds a NUL character (U+0000) at character 2; remove it");
    assertThat(sentences.say(nul.sentence(), ZH))
        .isEqualTo(
            messages.getMessage("column.quantity", null, ZH) + "在第 2 个字符处含有 NUL 字符（U+0000）；请删除");
    Problem control = problems.get(6);
    assertThat(sentences.say(control.sentence(), ZH))
        .isEqualTo("本行第 3 个单元格在第 1 个字符处含有控制字符（U+0007）；请删除");
    assertThat(sentences.say(problems.get(0).sentence(), ZH)).startsWith("本行开始的带引号单元格没有闭合");
  }

  /** A parse failure CsvFormat has no sentence of its own for: the parser's words kept inside. */
  @Test
  void aCsvParseFailureWithoutItsOwnSentenceIsCodedWithTheParsersWords() {
    Problem p =
        org.scopeplus.io.table.CsvFormat.syntaxProblem(
            "a.csv", 7, new de.siegmar.fastcsv.reader.CsvParseException("odd input"));
    assertThat(saidByKey(List.of(p))).containsExactly("problem.csv.notValid");
    assertThat(p.message()).isEqualTo("the row is not valid CSV (odd input)");
    assertThat(sentences.say(p.sentence(), ZH)).isEqualTo("本行不是有效的 CSV（odd input）");
  }

  /**
   * A site's weather upload (docs/energy.md: observations CSV, TMY3, EPW): each refusal of the
   * readers has a code whose English wording is the problem's message, its place in the problem's
   * file, row and column.
   */
  @Test
  void everyRefusalOfAWeatherUploadHasACodeWhoseEnglishWordingIsItsMessage(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String head = "time,temp_air,ghi\n";
    String hour = "2024-06-01T01:00+08:00,20,0\n";
    String tmy3 = "723170,\"GREENSBORO\",NC,-5.0,36.100,-79.950,273\n";
    String tmy3Columns =
        "Date (MM/DD/YYYY),Time (HH:MM),GHI (W/m^2),DNI (W/m^2),DHI (W/m^2),Dry-bulb (C),Wspd"
            + " (m/s)\n";
    String epwHead = "LOCATION,Somewhere,,,,0,30.0,120.0,8.0,10\n" + "x\n".repeat(7);
    String epwHour = "2024,6,1,1,0,x,20,0,0,101325" + ",0".repeat(12) + "\n";
    List<String> files =
        List.of(
            "\n",
            "time,ghi\n" + hour,
            head + "2024-06-01T01:30+08:00,20,0\n",
            head + "1900-06-01T01:00+08:00,20,0\n",
            head + "yesterday,20,0\n",
            head + hour + hour,
            head + "2024-06-01T01:00+08:00,,0\n",
            head + "2024-06-01T01:00+08:00,warm,0\n",
            head + "2024-06-01T01:00+08:00,20,2000\n",
            head,
            "station\nx\n",
            tmy3 + tmy3Columns + "13/45/1988,01:00,0,0,0,10,2\n",
            tmy3 + tmy3Columns + "01/01/1988,01:00,0,0,0,warm,2\n",
            tmy3 + tmy3Columns + "01/01/1988,01:00,0,0,0,99,2\n",
            "LOCATION,Somewhere\n" + "x\n".repeat(8),
            epwHead + "2024,6,1,1\n",
            epwHead + epwHour.replace("2024,6,1,1,", "2024,6,31,1,"),
            epwHead + epwHour.replace(",x,20,", ",x,99,"),
            tooMany(head, org.scopeplus.core.energy.WeatherHours.MAX_HOURS + 1),
            tmy3 + tmy3Columns + "01/01/1988,01:00,0,0,0,10,2\n".repeat(17_600));
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      java.nio.file.Path f = dir.resolve("w" + i + ".csv");
      java.nio.file.Files.writeString(f, files.get(i));
      try {
        org.scopeplus.energy.weather.SiteWeatherFiles.read(f, "w.csv");
        throw new AssertionError("read without a refusal: file " + i);
      } catch (org.scopeplus.energy.weather.WeatherFileException e) {
        Problem p = org.scopeplus.server.energy.EnergyAnalysisController.problem("w.csv", e);
        assertThat(e.getMessage())
            .as("the place stays in the reader's message")
            .startsWith("w.csv");
        assertThat(e.getMessage()).endsWith(": " + p.message());
        problems.add(p);
      }
    }
    Set<String> codes = saidByKey(problems);
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "problem.weather.empty",
            "problem.weather.noTemperature",
            "problem.weather.notOnTheHour",
            "problem.weather.yearOutside",
            "problem.weather.notTime",
            "problem.weather.hourTwice",
            "problem.weather.noTemperatureThisHour",
            "problem.weather.notNumber",
            "problem.weather.outside",
            "problem.weather.noHours",
            "problem.weather.notTmy3",
            "problem.weather.notTmy3Time",
            "problem.weather.fieldNotNumber",
            "problem.weather.fieldOutside",
            "problem.weather.epwLocation",
            "problem.weather.epwFields",
            "problem.weather.epwDate",
            "problem.weather.tooManyHours",
            "problem.weather.typicalTooLong");
    Problem outside = problems.get(8);
    assertThat(outside.row()).isEqualTo(2);
    assertThat(outside.column()).isEqualTo("ghi");
    assertThat(outside.message()).isEqualTo("2000 lies outside 0 to 1500");
    assertThat(sentences.say(outside.sentence(), ZH)).isEqualTo("2000 不在 0 至 1500 之间");
    assertThat(problems.get(13).message()).isEqualTo("Dry-bulb 99.0 lies outside -90.0..70.0");
    Problem dryBulb = problems.get(17);
    assertThat(dryBulb.row()).isEqualTo(9);
    assertThat(dryBulb.message()).isEqualTo("dry bulb 99.0 lies outside -90.0..70.0");
    assertThat(sentences.say(dryBulb.sentence(), ZH)).isEqualTo("干球温度 99.0 不在 -90.0..70.0 之间");
  }

  /**
   * A tariff file of the CLI and the Flink batch (docs/energy.md, Java properties): each refusal is
   * a located problem (the file, the line of the key, the key) with a code whose English wording is
   * its message, and the refusal's message names the place as the meter files' problems do.
   */
  @Test
  void everyRefusalOfATariffFileIsALocatedCodedProblem(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws java.io.IOException {
    String day = "period.day.price=0.7\nperiod.day.hours=0-24\n";
    byte[] notUtf8 = {'p', '=', (byte) 0xC3, '(', '\n'};
    List<Object> files =
        List.of(
            "x".repeat((int) org.scopeplus.energy.suggest.Tariff.MAX_BYTES + 1),
            notUtf8,
            "a=\\u00zz\n",
            day + "colour=blue\n",
            day.replace("0-24", "0-12")
                + "period.night.price=0.3\nperiod.night.hours=12-24\n"
                + "period.night.days=sometimes\n",
            "period.day.price=0.7\nperiod.day.hours=8to11\n",
            "period.day.price=0.7\nperiod.day.hours=5-5\n",
            day + "period.peak.price=1.1\nperiod.peak.hours=8-11\nperiod.peak.days=weekday\n",
            day + "period.rest.price=0.2\nperiod.rest.hours=8-11\nperiod.rest.days=weekend\n",
            day + "period.peak.price=1.1\n",
            "period.day.price=0.7\nperiod.day.hours=0-12\n",
            "period.day.price=0.7\nperiod.day.hours=0-24\nperiod.day.days=weekday\n",
            day + "holidays=2024-06-01\nworkdays=2024-06-01\n",
            day + "holidays=1 May\n",
            day + "holidays=1980-05-01\n",
            day + "workdays=2024-06-03\n",
            day + "holidays=" + manyDays(org.scopeplus.energy.suggest.Tariff.MAX_DATES + 1) + "\n",
            "period.day.hours=0-24\n",
            "period.day.price=cheap\nperiod.day.hours=0-24\n",
            day + "demand_charge_per_kw_month=1e300\n");
    List<Problem> problems = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      java.nio.file.Path f = dir.resolve("t" + i + ".properties");
      if (files.get(i) instanceof byte[] bytes) {
        java.nio.file.Files.write(f, bytes);
      } else {
        java.nio.file.Files.writeString(f, (String) files.get(i));
      }
      try {
        org.scopeplus.energy.suggest.Tariff.read(f);
        throw new AssertionError("read without a refusal: file " + i);
      } catch (org.scopeplus.energy.suggest.TariffFileException e) {
        assertThat(e.problem().file()).isEqualTo(f.toString());
        assertThat(e.getMessage()).startsWith(f.toString()).endsWith(": " + e.problem().message());
        problems.add(e.problem());
      }
    }
    assertThat(saidByKey(problems))
        .containsExactlyInAnyOrder(
            "problem.tariff.tooLarge",
            "problem.tariff.notUtf8",
            "problem.tariff.notProperties",
            "problem.tariff.unknownKey",
            "problem.tariff.days",
            "problem.tariff.notRange",
            "problem.tariff.hours",
            "problem.tariff.twoPeriods.workingDay",
            "problem.tariff.twoPeriods.restDay",
            "problem.tariff.noHours",
            "problem.tariff.noPeriod.workingDay",
            "problem.tariff.noPeriod.restDay",
            "problem.tariff.holidayAndWorkday",
            "problem.tariff.notDate",
            "problem.tariff.dateYears",
            "problem.tariff.workdayWeekday",
            "problem.tariff.tooManyDates",
            "problem.tariff.missing",
            "problem.tariff.notNumber",
            "problem.tariff.outside");
    // the place: the days key of period night is on line 5 of its file
    Problem days = problems.get(4);
    assertThat(days.row()).isEqualTo(5);
    assertThat(days.column()).isEqualTo("period.night.days");
    assertThat(sentences.say(days.sentence(), ZH))
        .isEqualTo("“sometimes”须为 all（全部）、weekday（工作日）或 weekend（休息日）");
    // by hand: 0-12 leaves the hours from 12:00 of a working day without a period
    Problem gap = problems.get(10);
    assertThat(gap.row()).isZero();
    assertThat(gap.message()).isEqualTo("hour 12:00-13:00 of a working day belongs to no period");
    assertThat(sentences.say(gap.sentence(), ZH)).isEqualTo("工作日 12:00-13:00 不属于任何时段");
    // by hand: 2024-06-03 was a Monday
    assertThat(problems.get(15).toString())
        .endsWith(":3 [workdays]: 2024-06-03 is not a Saturday or Sunday");
  }

  /** {@code n} consecutive days from 2000-01-01, separated by commas. */
  private static String manyDays(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(i == 0 ? "" : ",").append(java.time.LocalDate.parse("2000-01-01").plusDays(i));
    }
    return b.toString();
  }

  /** A weather CSV of {@code hours} consecutive hours ending from 2020-01-01T01:00Z. */
  private static String tooMany(String head, int hours) {
    StringBuilder b = new StringBuilder(head);
    java.time.OffsetDateTime t = java.time.OffsetDateTime.parse("2020-01-01T01:00Z");
    for (int i = 0; i < hours; i++) {
      b.append(t.plusHours(i)).append(",20,0\n");
    }
    return b.toString();
  }

  private static byte[] concat(String text, byte[] bytes) {
    byte[] head = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] all = java.util.Arrays.copyOf(head, head.length + bytes.length);
    System.arraycopy(bytes, 0, all, head.length, bytes.length);
    return all;
  }

  private static Problem refusal(String csv) {
    return refusal(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The problem that stops reading {@code csv}: a CsvTableReader gives one and ends. */
  private static Problem refusal(byte[] csv) {
    try (org.scopeplus.io.table.TableReader t =
        org.scopeplus.io.table.TableReader.csv("t.csv", new java.io.ByteArrayInputStream(csv))) {
      t.header();
      t.forEachRow(r -> {});
    } catch (org.scopeplus.io.table.TableProblem e) {
      return e.problem();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    throw new AssertionError("read without a problem: " + csv.length + " bytes");
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
