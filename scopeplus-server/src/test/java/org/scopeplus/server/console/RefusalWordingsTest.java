package org.scopeplus.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.energy.EnergySite;
import org.scopeplus.core.energy.Meter;
import org.scopeplus.core.energy.PvArray;
import org.scopeplus.core.energy.Tariff;
import org.scopeplus.core.instrument.Allocation;
import org.scopeplus.core.instrument.Consumption;
import org.scopeplus.core.instrument.Instrument;
import org.scopeplus.core.instrument.InstrumentKind;
import org.scopeplus.core.instrument.InstrumentOutcome;
import org.scopeplus.core.instrument.InstrumentRegistry;
import org.scopeplus.core.supplier.Supplier;
import org.scopeplus.core.supplier.SupplierEngagement;
import org.scopeplus.core.supplier.TargetStatus;
import org.scopeplus.io.scope3plus.ConfigurationFile;
import org.scopeplus.io.scope3plus.ConfigurationRefused;
import org.scopeplus.server.api.ApiProblem;
import org.scopeplus.server.api.InstrumentRequests;
import org.scopeplus.server.api.RequestText;
import org.scopeplus.server.energy.MakingEnergyInventory;
import org.scopeplus.server.security.Passwords;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.ui.ExtendedModelMap;

/**
 * Refusals the core and the service give in English (a base-year policy's reason, the Scope 2
 * Quality Criteria of an allocation, the checks of a Scope 3+ configuration, the rules of a user
 * name and a password) are said in Chinese on a Chinese page by the wordings of family {@code
 * refusal}, and as given on an English one. Each refusal here is made by the code that gives it, so
 * a rewording there shows here.
 */
class RefusalWordingsTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  private final ResourceBundleMessageSource messages = StoredSentencesTest.bundles();
  private final StoredSentences sentences = StoredSentences.of(messages);
  private final Formats formats = new Formats(messages);

  @AfterEach
  void resetLocale() {
    LocaleContextHolder.resetLocaleContext();
  }

  /**
   * Each refusal's Chinese wording: Chinese, every placeholder filled, and the refusal as given on
   * an English page; answers the key of each wording that matched.
   */
  private Set<String> saidInChinese(List<String> refusals) {
    Set<String> keys = new LinkedHashSet<>();
    for (String r : refusals) {
      assertThat(sentences.say("refusal", r, Locale.ENGLISH)).as(r).isEqualTo(r);
      String zh = sentences.say("refusal", r, ZH);
      assertThat(zh).as(r).isNotNull().doesNotContain("{");
      assertThat(HAN.matcher(zh).find()).as(zh).isTrue();
      keys.add(matching(r));
    }
    return keys;
  }

  /** The key of the one wording of family refusal whose English is {@code r}. */
  private String matching(String r) {
    Properties en = new Properties();
    try (var in = getClass().getClassLoader().getResourceAsStream("i18n/console.properties");
        var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
      en.load(reader);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    String found = null;
    for (String key : en.stringPropertyNames()) {
      // wordings said only inside another: the unit to give, a methodology's checks
      if (!key.startsWith("sentence.refusal.")
          || key.contains(".give.")
          || key.startsWith("sentence.refusal.methodology.")) {
        continue;
      }
      String regex =
          Pattern.quote(en.getProperty(key).replace("''", "'"))
              .replaceAll("\\{\\d+}", "\\\\E.+?\\\\Q");
      if (Pattern.compile(regex, Pattern.DOTALL).matcher(r).matches()) {
        assertThat(found).as("one wording for " + r).isNull();
        found = key;
      }
    }
    assertThat(found).as(r).isNotNull();
    return found;
  }

  private static Instrument gec(String id, String from, String to, String market, long kwh) {
    return instrument(id, "", 0, 0, kwh, from, to, market);
  }

  private static Instrument instrument(
      String id,
      String block,
      long first,
      long last,
      long kwh,
      String from,
      String to,
      String market) {
    return new Instrument(
        id,
        InstrumentKind.GEC,
        block,
        first,
        last,
        kwh,
        "wind",
        YearMonth.parse(from),
        YearMonth.parse(to),
        market,
        "China GEC",
        0);
  }

  private static String refusal(InstrumentOutcome<?> o) {
    return ((InstrumentOutcome.Refused<?>) o).reason();
  }

  /** The Scope 2 Quality Criteria an allocation can break (GHG Protocol Scope 2 Guidance, 7.4). */
  @Test
  void everyRefusalOfAnAllocationIsSaidInChinese() {
    YearMonth march = YearMonth.parse("2024-03");
    Consumption hangzhou =
        new Consumption("Group/Cloud", "DC-Hangzhou", march, "CN-ZJ", 100_000, null, null, 0.5);
    Consumption covered =
        new Consumption("Group/Cloud", "DC-Ningbo", march, "CN-ZJ", 10_000, null, null, 0.5);
    InstrumentRegistry r =
        new InstrumentRegistry(
            List.of(
                gec("G-1", "2024-01", "2024-12", "CN", 50_000),
                gec("G-2", "2023-01", "2023-12", "CN", 50_000),
                gec("G-3", "2024-01", "2024-12", "US", 50_000)),
            List.of(hangzhou, covered),
            List.of(new Allocation("G-1", "DC-Ningbo", march, 10_000)));
    List<String> refusals = new ArrayList<>();
    refusals.add(refusal(r.allocate(new Allocation("G-9", "DC-Hangzhou", march, 1000))));
    refusals.add(refusal(r.allocate(new Allocation("G-1", "DC-Shanghai", march, 1000))));
    refusals.add(refusal(r.allocate(new Allocation("G-1", "DC-Hangzhou", march, 0))));
    refusals.add(refusal(r.allocate(new Allocation("G-3", "DC-Hangzhou", march, 1000))));
    refusals.add(refusal(r.allocate(new Allocation("G-2", "DC-Hangzhou", march, 1000))));
    refusals.add(refusal(r.allocate(new Allocation("G-1", "DC-Hangzhou", march, 45_000))));
    refusals.add(refusal(r.allocate(new Allocation("G-1", "DC-Ningbo", march, 1000))));
    assertThat(saidInChinese(refusals))
        .containsExactly(
            "sentence.refusal.instrument.none",
            "sentence.refusal.instrument.noConsumption",
            "sentence.refusal.instrument.allocationRange",
            "sentence.refusal.instrument.market",
            "sentence.refusal.instrument.vintage",
            "sentence.refusal.instrument.left",
            "sentence.refusal.instrument.covered");
    // by hand: G-1 holds 50 MWh, 10 MWh went to DC-Ningbo in March, 40 MWh are left
    assertThat(refusals.get(5))
        .startsWith("instrument G-1 has 40 MWh left; 45 MWh cannot be claimed");
    assertThat(sentences.say("refusal", refusals.get(5), ZH))
        .isEqualTo("合同工具 G-1 剩余 40 兆瓦时，不能声明 45 兆瓦时：每兆瓦时只能声明一次（范围2质量准则2）");
  }

  /**
   * Why an instrument is not registered: its own checks and the registry's (Quality Criterion 2).
   */
  @Test
  void everyRefusalOfARegistrationIsSaidInChinese() {
    Instrument held = serials("G-1", 1, 100, 100_000);
    InstrumentRegistry r = new InstrumentRegistry(List.of(held), List.of(), List.of());
    List<String> refusals = new ArrayList<>();
    refusals.add(refusal(r.register(gec("G-2", "2024-01", "2024-12", "CN", 0))));
    refusals.add(refusal(r.register(serials("G-3", 5, 1, 1000))));
    refusals.add(refusal(r.register(serials("G-4", 201, 203, 5000))));
    refusals.add(refusal(r.register(gec("G-5", "2024-12", "2024-01", "CN", 1000))));
    refusals.add(refusal(r.register(gec("G-6", "2024-01", "2024-12", " ", 1000))));
    refusals.add(refusal(r.register(gec("G-1", "2024-01", "2024-12", "CN", 1000))));
    refusals.add(refusal(r.register(serials("G-7", 50, 150, 101_000))));
    assertThat(saidInChinese(refusals))
        .containsExactly(
            "sentence.refusal.instrument.amount",
            "sentence.refusal.instrument.notRange",
            "sentence.refusal.instrument.certificates",
            "sentence.refusal.instrument.generation",
            "sentence.refusal.instrument.market.none",
            "sentence.refusal.instrument.exists",
            "sentence.refusal.instrument.overlap");
    // by hand: serials 201 to 203 are 3 certificates, 3 MWh, not the 5 MWh given
    assertThat(sentences.say("refusal", refusals.get(2), ZH))
        .isEqualTo("合同工具 G-4：编号 201-203 对应 3 兆瓦时（每兆瓦时一张证书），而不是 5");
  }

  private static Instrument serials(String id, long first, long last, long kwh) {
    return instrument(id, "B", first, last, kwh, "2024-01", "2024-12", "CN");
  }

  private static String tariff(
      String name,
      String currency,
      double demandCharge,
      List<Tariff.TouPeriod> periods,
      List<LocalDate> holidays,
      List<LocalDate> workdays) {
    return new Tariff("", "s", name, currency, demandCharge, periods, holidays, workdays)
        .refusal()
        .orElseThrow();
  }

  /** A tariff's checks, as the energy page's tariff form and the API give them. */
  @Test
  void everyRefusalOfATariffIsSaidInChinese() {
    Tariff.TouPeriod day = new Tariff.TouPeriod("", "all", 0, 1440, 0.6);
    List<Tariff.TouPeriod> allDay = List.of(day);
    LocalDate monday = LocalDate.parse("2024-06-03");
    LocalDate saturday = LocalDate.parse("2024-06-01");
    List<LocalDate> many = new ArrayList<>();
    for (int i = 0; i <= Tariff.MAX_HOLIDAYS; i++) {
      many.add(LocalDate.parse("2000-01-01").plusDays(i));
    }
    List<String> refusals =
        List.of(
            tariff("", "CNY", 0, allDay, List.of(), List.of()),
            tariff("T", "XXX", 0, allDay, List.of(), List.of()),
            tariff("T", "CNY", -1, allDay, List.of(), List.of()),
            tariff("T", "CNY", 0, List.of(), List.of(), List.of()),
            tariff(
                "T",
                "CNY",
                0,
                List.of(new Tariff.TouPeriod("", "sometimes", 0, 1440, 0.6)),
                List.of(),
                List.of()),
            tariff(
                "T",
                "CNY",
                0,
                List.of(new Tariff.TouPeriod("", "all", 60, 60, 0.6)),
                List.of(),
                List.of()),
            tariff(
                "T",
                "CNY",
                0,
                List.of(new Tariff.TouPeriod("", "all", 0, 1440, -1)),
                List.of(),
                List.of()),
            tariff(
                "T",
                "CNY",
                0,
                List.of(new Tariff.TouPeriod("x".repeat(41), "all", 0, 1440, 1)),
                List.of(),
                List.of()),
            tariff("T", "CNY", 0, allDay, many, List.of()),
            tariff("T", "CNY", 0, allDay, List.of(LocalDate.parse("1980-01-01")), List.of()),
            tariff("T", "CNY", 0, allDay, List.of(), many),
            tariff("T", "CNY", 0, allDay, List.of(), List.of(LocalDate.parse("2200-01-01"))),
            tariff("T", "CNY", 0, allDay, List.of(), List.of(monday)),
            tariff("T", "CNY", 0, allDay, List.of(saturday), List.of(saturday)),
            tariff(
                "T",
                "CNY",
                0,
                List.of(new Tariff.TouPeriod("", "all", 0, 420, 0.3)),
                List.of(),
                List.of()),
            tariff(
                "T",
                "CNY",
                0,
                List.of(day, new Tariff.TouPeriod("", "weekend", 0, 60, 0.3)),
                List.of(),
                List.of()));
    assertThat(saidInChinese(refusals)).hasSize(16);
    // by hand: a period of 00:00 to 07:00 leaves 07:00 of a weekday without a price; a weekend
    // period of 00:00 to 01:00 over an all-day one makes two at 00:00 on a weekend day
    assertThat(sentences.say("refusal", refusals.get(14), ZH))
        .isEqualTo("在工作日的 07:00 没有时段覆盖：一天中的每一分钟须有且只有一个电价");
    assertThat(sentences.say("refusal", refusals.get(15), ZH))
        .isEqualTo("在周末的 00:00 有 2 个时段重叠：一天中的每一分钟须有且只有一个电价");
    assertThat(sentences.say("refusal", refusals.get(12), ZH))
        .isEqualTo("调休上班日 2024-06-03 是星期一：只有周六或周日才能作为调休上班日");
  }

  private static String pv(
      String name, double dc, double tilt, double azimuth, double losses, double ac, String model) {
    return new PvArray("", "s", name, dc, tilt, azimuth, losses, ac, model).refusal().orElseThrow();
  }

  /** A PV system's checks, as the energy page's PV form and the API give them. */
  @Test
  void everyRefusalOfAPvSystemIsSaidInChinese() {
    List<String> refusals =
        List.of(
            pv("", 50, 25, 180, 14.08, 40, "FAIMAN"),
            pv("Roof", 0, 25, 180, 14.08, 40, "FAIMAN"),
            pv("Roof", 50, 91, 180, 14.08, 40, "FAIMAN"),
            pv("Roof", 50, 25, 360, 14.08, 40, "FAIMAN"),
            pv("Roof", 50, 25, 180, 100, 40, "FAIMAN"),
            pv("Roof", 10, 25, 90, 14.08, 50, "FAIMAN"),
            pv("Roof", 50, 25, 180, 14.08, 40, "HOT"));
    assertThat(saidInChinese(refusals)).hasSize(7);
    // by hand: 50 kW of inverter on 10 kW DC is five times the DC capacity, above twice
    assertThat(sentences.say("refusal", refusals.get(5), ZH))
        .isEqualTo("逆变器交流额定功率（inverterAcKw）须大于 0 且不超过直流装机容量的两倍");
  }

  private static String site(String name, String zone, double lat, double lon, String region) {
    return new EnergySite("", name, "Group", zone, lat, lon, region).refusal().orElseThrow();
  }

  private static String meter(String name, Meter.Carrier carrier, Meter.Direction d, int minutes) {
    return new Meter("", "s", name, carrier, d, minutes, 0).refusal().orElseThrow();
  }

  /** The refusal a form's field gives before the API is asked. */
  private static String given(Runnable form) {
    try {
      form.run();
    } catch (ApiProblem p) {
      return p.getMessage();
    }
    throw new AssertionError("not refused");
  }

  /**
   * A site's and a meter's checks, and the fields the energy page's adding and change forms read
   * before the API, as they give them.
   */
  @Test
  void everyRefusalOfASiteAMeterAndTheirFormsIsSaidInChinese() {
    Meter.Carrier power = Meter.Carrier.ELECTRICITY;
    Meter.Direction in = Meter.Direction.IMPORT;
    List<String> refusals =
        List.of(
            site("", "Asia/Shanghai", 31.2, 121.5, null),
            site("Works", "", 31.2, 121.5, null),
            site("Works", "Asia/Atlantis", 31.2, 121.5, null),
            site("Works", "Asia/Shanghai", 95, 121.5, null),
            site("Works", "Asia/Shanghai", 31.2, 181, null),
            site("Works", "Asia/Shanghai", 31.2, 121.5, "Zhejiang"),
            meter("", power, in, 60),
            meter("Main", null, in, 60),
            meter("Main", power, null, 60),
            meter("Main", power, in, 45),
            given(() -> EnergyDataPage.siteBody("Works", "Group", "UTC", "north", "1", "")),
            given(() -> EnergyDataPage.meterBody("Main", "gas", "import", "hourly")),
            given(() -> EnergyDataPage.pvBody("Roof", "50", "steep", "180", "", "", "")),
            given(
                () ->
                    EnergyDataPage.tariffBody(
                        java.util.Map.of("name", "TOU", "start0", "08:00", "price0", "1"))));
    // the meter form's interval not a number is refused as the meter's own check: one wording
    assertThat(refusals.get(11)).isEqualTo(refusals.get(9));
    assertThat(saidInChinese(refusals)).hasSize(13);
    assertThat(sentences.say("refusal", refusals.get(3), ZH))
        .isEqualTo("纬度（latitude）须在 -90 到 90 度之间");
    assertThat(sentences.say("refusal", refusals.get(12), ZH)).isEqualTo("tilt 须为数字，例如 25");
    assertThat(sentences.say("refusal", refusals.get(13), ZH)).isEqualTo("时段 1：请填写开始时间、结束时间和电价");
  }

  private static String supplier(TargetStatus status, int year, String ambition) {
    return supplier("S-1", "Northwind", status, year, ambition);
  }

  private static String supplier(
      String id, String name, TargetStatus status, int year, String ambition) {
    return new Supplier(id, name, status, year, ambition, false).refusal().orElseThrow();
  }

  /** A supplier's checks, as the suppliers page's form and the API give them. */
  @Test
  void everyRefusalOfASupplierIsSaidInChinese() {
    List<String> refusals =
        List.of(
            supplier("", "Northwind", TargetStatus.NONE, 0, ""),
            supplier("S-1", "N".repeat(201), TargetStatus.NONE, 0, ""),
            supplier(TargetStatus.NONE, 2024, ""),
            supplier(TargetStatus.COMMITTED, 2014, ""),
            supplier(TargetStatus.VALIDATED, 2101, "1.5C"),
            supplier(TargetStatus.VALIDATED, 2024, ""),
            supplier(TargetStatus.COMMITTED, 2024, "2C"));
    assertThat(saidInChinese(refusals)).hasSize(7);
    // the register's check, as the page gives it when a new supplier's name is another's id
    Supplier northwind = new Supplier("S-1", "Northwind", TargetStatus.NONE, 0, "", false);
    Supplier contoso = new Supplier("S-2", "s-1", TargetStatus.NONE, 0, "", false);
    String same = null;
    try {
      new SupplierEngagement(List.of(northwind, contoso), List.of());
    } catch (IllegalArgumentException e) {
      same = e.getMessage();
    }
    assertThat(same).isNotNull();
    assertThat(sentences.say("refusal", same, ZH)).isEqualTo("供应商 S-1 和 S-2 都以“s-1”匹配采购记录");
    assertThat(sentences.say("refusal", same, Locale.ENGLISH)).isEqualTo(same);
    // by hand: Supplier.FIRST_YEAR and LAST_YEAR bound the year a target was reached
    assertThat(sentences.say("refusal", refusals.get(3), ZH))
        .isEqualTo("已承诺的科学碳目标须填写达到该目标状态的年份（2015 至 2100 年）");
  }

  /**
   * The refusal {@code r} gives with its code: on an English page its message, on a Chinese one the
   * code's Chinese wording, every placeholder filled; answers the Chinese.
   */
  private String saidByCode(ApiProblem p) {
    assertThat(p.sentence()).as(p.getMessage()).isNotNull();
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(formats.refusal(p.getMessage(), p.sentence())).isEqualTo(p.getMessage());
    assertThat(sentences.say(p.sentence(), Locale.ENGLISH)).isEqualTo(p.getMessage());
    LocaleContextHolder.setLocale(ZH);
    String zh = formats.refusal(p.getMessage(), p.sentence());
    assertThat(zh).isNotEqualTo(p.getMessage()).doesNotContain("{");
    assertThat(HAN.matcher(zh).find()).as(zh).isTrue();
    return zh;
  }

  private static ApiProblem thrown(Runnable r) {
    try {
      r.run();
    } catch (ApiProblem p) {
      return p;
    }
    throw new AssertionError("not refused");
  }

  /**
   * The suppliers page's field checks (RequestText, as the API gives them too) have codes, and a
   * tier's or a supplier's refusal inside the register's check reads in Chinese.
   */
  @Test
  void theSuppliersPagesFieldChecksAndTheRegistersTierRefusalAreSaidInChinese() {
    // by hand: 201 characters where 200 are stored
    ApiProblem tooLong = thrown(() -> RequestText.within("name", "N".repeat(201), 200));
    assertThat(tooLong.getMessage()).isEqualTo("name has 201 characters; it may have at most 200");
    assertThat(saidByCode(tooLong)).isEqualTo("名称 有 201 个字符，最多 200 个字符");
    assertThat(saidByCode(thrown(() -> RequestText.within("ambition", "x".repeat(21), 20))))
        .isEqualTo("目标水平 有 21 个字符，最多 20 个字符");
    ApiProblem nul = thrown(() -> RequestText.within("supplierId", "S\u00001", 200));
    assertThat(nul.getMessage())
        .isEqualTo("supplierId holds a NUL character (U+0000) at character 2; remove it");
    assertThat(saidByCode(nul)).isEqualTo("供应商编号在第 2 个字符处含有 NUL 字符（U+0000）；请删除");
    List<String> refusals = new ArrayList<>();
    for (Runnable r :
        List.<Runnable>of(
            () ->
                new SupplierEngagement(
                    List.of(),
                    List.of(
                        new org.scopeplus.core.supplier.LabelTier(
                            "T".repeat(61),
                            TargetStatus.NONE,
                            org.scopeplus.core.supplier.DataMaturity.AVERAGE))),
            () ->
                new SupplierEngagement(
                    List.of(new Supplier("S-9", "Contoso", TargetStatus.NONE, 2024, "", false)),
                    List.of()))) {
      try {
        r.run();
      } catch (IllegalArgumentException e) {
        refusals.add(e.getMessage());
      }
    }
    assertThat(saidInChinese(refusals))
        .containsExactly("sentence.refusal.supplier.tier", "sentence.refusal.supplier.named");
    assertThat(sentences.say("refusal", refusals.get(0), ZH))
        .isEqualTo("标签等级 " + "T".repeat(61) + "：标签等级须有 1 到 60 个字符的名称");
    assertThat(sentences.say("refusal", refusals.get(1), ZH))
        .isEqualTo("供应商 S-9：没有科学碳目标的供应商不填写达到目标状态的年份和目标水平");
  }

  /**
   * The energy inventory's refusals, each with its code where it is made: a locked period, records
   * that cannot be calculated, and the year, region and sites checks.
   */
  @Test
  void theEnergyInventorysRefusalsHaveCodes() {
    org.scopeplus.core.disclosure.PeriodReview locked =
        new org.scopeplus.core.disclosure.PeriodReview(
            org.scopeplus.core.disclosure.ReviewState.LOCKED,
            java.util.Set.of(),
            "carol",
            "3f2a",
            "",
            true);
    ApiProblem conflict =
        thrown(() -> org.scopeplus.server.api.LockedPeriods.refuseIfLocked(locked, "Energy 2024"));
    assertThat(conflict.status()).isEqualTo(org.springframework.http.HttpStatus.CONFLICT);
    assertThat(saidByCode(conflict))
        .isEqualTo("报告期 Energy 2024 已锁定（已批准的核算批次 3f2a）；须由管理员说明理由重新开放后，才能再导入或核算");
    // an open period passes
    org.scopeplus.server.api.LockedPeriods.refuseIfLocked(
        org.scopeplus.core.disclosure.PeriodReview.opened(), "Energy 2024");
    ApiProblem notCalculated =
        org.scopeplus.server.api.RunController.notCalculated(
            new org.scopeplus.store.run.RunOutcome.Refused(List.of(), 3));
    assertThat(notCalculated.getMessage())
        .isEqualTo("3 record(s) cannot be calculated; no run was stored");
    assertThat(saidByCode(notCalculated)).isEqualTo("3 条记录无法计算，未保存核算批次");
    assertThat(saidByCode(thrown(() -> MakingEnergyInventory.year("0"))))
        .isEqualTo("报告年度须为 1990 到 2100 年之间的年份，例如 2024");
    assertThat(saidByCode(thrown(() -> MakingEnergyInventory.region("zj")))).startsWith("地区须为");
    // made inside the inventory's transaction: its wording, matched as the page's fallback
    assertThat(
            saidInChinese(
                List.of(
                    "the activity records made from the meters were refused; nothing was stored")))
        .containsExactly("sentence.refusal.inventory.recordsRefused");
  }

  /** The energy page's readings upload: its top lines, each with its code, and its problems. */
  @Test
  void theReadingsUploadsTopLinesHaveCodes() {
    ApiProblem columns =
        org.scopeplus.server.energy.ReadingController.withoutColumns(
            "m.csv", List.of("time", "value"), true);
    assertThat(saidByCode(columns)).isEqualTo("m.csv 须有 timestamp（时间）和 kwh（千瓦时）两列，未保存任何内容");
    ApiProblem rejected =
        org.scopeplus.server.energy.ReadingController.rejected("m.csv", List.of(), 12);
    assertThat(rejected.getMessage()).isEqualTo("m.csv has 12 problem(s); nothing was stored");
    assertThat(saidByCode(rejected)).isEqualTo("m.csv 有 12 个问题，未保存任何内容");
    org.scopeplus.core.problem.Problem stop =
        new org.scopeplus.core.problem.Problem("m.csv", 3, "", "the row is not valid CSV (x)");
    assertThat(
            saidByCode(
                org.scopeplus.server.energy.ReadingController.unreadable(
                    "Readings Rejected", "m.csv", stop)))
        .isEqualTo("m.csv 无法读取，未保存任何内容");
    // the header's problem, with its code, through the page's list of problems
    List<org.scopeplus.core.problem.Problem> problems =
        EnergyDataPage.refused("Readings", columns).problems();
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).code()).isEqualTo("problem.reading.headerHeat");
    LocaleContextHolder.setLocale(ZH);
    assertThat(formats.problem(problems.get(0)))
        .isEqualTo("表头为 [time, value]；请写 timestamp,kwh 或 timestamp,gj");
    // the page keeps the top line's code beside its English
    assertThat(EnergyDataPage.refused("Readings", columns).said()).isEqualTo(columns.sentence());
  }

  private String hourly(String table) {
    ExtendedModelMap model = new ExtendedModelMap();
    new HourlyMatchingPage(messages).score(table, ZH, model);
    return (String) model.getAttribute("refusalDetail");
  }

  /** The hourly matching page's checks of a pasted table, as the page gives them. */
  @Test
  void everyRefusalOfAnHourlyTableIsSaidInChinese() {
    String header = "hour,side,name,region,kwh\n";
    List<String> refusals = new ArrayList<>();
    refusals.add(hourly("hour,side,kwh\n2025-06-01T12:00,consumption,1"));
    refusals.add(hourly(header + "2025-06-01T12:00,consumption,DC-1,1"));
    refusals.add(hourly(header + "2025-06-01T12:00,export,DC-1,CN-ZJ,1"));
    refusals.add(hourly(header + "2025-06-01T12:00,consumption,DC-1,CN-ZJ,ten"));
    refusals.add(hourly(header + "2025-06-01T12:00,consumption,DC-1,CN-ZJ,1e300"));
    refusals.add(hourly(header + "June 1st,consumption,DC-1,CN-ZJ,1"));
    refusals.add(hourly(header + "1900-06-01T12:00,consumption,DC-1,CN-ZJ,1"));
    refusals.add(hourly(header + "2025-06-01T12:30,consumption,DC-1,CN-ZJ,1"));
    refusals.add(hourly(header + "2025-06-01T12:00,supply,Wind,CN-ZJ,1"));
    try {
      InstrumentRequests.withinHourLimit(InstrumentRequests.MAX_HOURS + 1L);
    } catch (ApiProblem p) {
      refusals.add(p.getMessage());
    }
    assertThat(refusals).doesNotContainNull();
    assertThat(saidInChinese(refusals)).hasSize(10);
    // by hand: 1e300 kWh lies above Kwh.MAX, 1e11 kWh = 100 TWh = 1000 亿千瓦时
    assertThat(sentences.say("refusal", refusals.get(4), ZH))
        .isEqualTo("第 2 行：kwh 须在 0 到 100000000000 千瓦时（1000 亿千瓦时）之间");
  }

  /** The energy page's inventory form and its reading and weather uploads. */
  @Test
  void everyRefusalOfTheEnergyInventoryAndUploadsIsSaidInChinese() {
    List<String> refusals = new ArrayList<>();
    for (Runnable r :
        List.<Runnable>of(
            () -> MakingEnergyInventory.year("0"), () -> MakingEnergyInventory.region("zj"))) {
      try {
        r.run();
      } catch (ApiProblem p) {
        refusals.add(p.getMessage());
      }
    }
    assertThat(refusals).hasSize(2);
    // the service's sentences of a tenant without sites, readings or with too many sites, and of an
    // upload that cannot be read (MakingEnergyInventory, ReadingController,
    // EnergyAnalysisController)
    refusals.add("the tenant has no site; add one first");
    refusals.add("an inventory covers at most 200 sites; the tenant has 201");
    refusals.add(
        "no electricity, gas or heat meter of the tenant has readings in 2024; nothing stored");
    refusals.add("weather-bad.csv cannot be read; nothing was stored");
    assertThat(saidInChinese(refusals)).hasSize(6);
    assertThat(sentences.say("refusal", refusals.get(5), ZH))
        .isEqualTo("weather-bad.csv 无法读取，未保存任何内容");
  }

  private static final String HEAD = "key,value,unit,source\n";

  /**
   * Configurations that together meet every check of a row: each refused, with the checks of the
   * rows first ("configuration row ...") and a methodology's own consistency sentences after them.
   */
  private static final List<String> CONFIGURATIONS =
      List.of(
          HEAD
              + ",1,fraction,s\n"
              + "recycling.credited_side,seller,,s\n"
              + "required.cutlery.set_mass,lots,kg/set,s\n"
              + "required.cutlery.set_mass,Infinity,kg/set,s\n"
              + "required.cutlery.set_mass,0.01,,s\n"
              + "required.survey.green_trip.bus.share.car,0.5,fraction,s\n"
              + "required.survey.green_trip.bus.share.car,0.5,fraction,s\n",
          HEAD + "no.such.key,1,fraction,s\n",
          HEAD + "required.survey.green_trip.bus.share.taxi,0.2,kg,s\n",
          HEAD + "required.cutlery.set_mass,10,kWh,s\n",
          HEAD + "required.second_hand.logistics_per_kg,1,kg,s\n",
          // a ratio given in kg: the row's check, then the methodology's own consistency sentences
          // ("cloud_migration: vintage ... is in ratio, not in kg"), said by wording, not by code
          HEAD + "dc.pue.alibaba_cloud.fy2024,1,kg,s\n",
          HEAD + "attribution.green_trip.bus,0.5,kg,s\n",
          HEAD + "attribution.green_trip.bus,2,fraction,s\n",
          HEAD + "attribution.no_such_action,0.5,fraction,s\n");

  private static List<ConfigurationRefused.Item> configurationItems(String csv)
      throws java.io.IOException {
    try {
      ConfigurationFile.check(csv);
    } catch (ConfigurationRefused e) {
      return e.items();
    }
    throw new AssertionError("accepted: " + csv);
  }

  /** The checks of the rows of {@link #CONFIGURATIONS}, in order. */
  private static List<ConfigurationRefused.Item> rowChecks() throws java.io.IOException {
    List<ConfigurationRefused.Item> out = new ArrayList<>();
    for (String csv : CONFIGURATIONS) {
      for (ConfigurationRefused.Item i : configurationItems(csv)) {
        if (i.message().startsWith("configuration row")) {
          out.add(i);
        }
      }
    }
    return out;
  }

  /** The checks of a Scope 3+ configuration, as the Scope 3+ page and the API give them. */
  @Test
  void everyCheckOfAScope3PlusConfigurationIsSaidInChinese() throws java.io.IOException {
    List<String> refusals =
        new ArrayList<>(rowChecks().stream().map(ConfigurationRefused.Item::message).toList());
    assertThat(saidInChinese(refusals))
        .contains(
            "sentence.refusal.configuration.keyEmpty",
            "sentence.refusal.configuration.side",
            "sentence.refusal.configuration.notNumber",
            "sentence.refusal.configuration.notFinite",
            "sentence.refusal.configuration.noUnit",
            "sentence.refusal.configuration.twice",
            "sentence.refusal.configuration.unknownKey",
            "sentence.refusal.configuration.unitKind",
            "sentence.refusal.configuration.shareUnit",
            "sentence.refusal.configuration.shareRange",
            "sentence.refusal.configuration.noMethodology");
    // the unit's kind, a sentence inside the sentence, is said in Chinese too
    String taxi =
        refusals.stream().filter(r -> r.contains("share.taxi is given in 'kg'")).findFirst().get();
    assertThat(sentences.say("refusal", taxi, ZH))
        .isEqualTo(
            "配置第 2 行，unit 字段：required.survey.green_trip.bus.share.taxi 的单位为“kg”，但其参考值的单位是"
                + " fraction：请给出以 fraction（比例）表示的数值（0.3，而不是 30%）");
    for (String r : refusals) {
      if (r.contains(": give ")) {
        assertThat(sentences.say("refusal", r, ZH)).as(r).doesNotContain(" give ", " per ");
      }
    }
  }

  /**
   * A restatement's reason the ledger writes itself when the catalog states none for a change of
   * version is said in Chinese on the Scope 3+ page, and as written on the English one.
   */
  @Test
  void aVersionChangeWithoutAStatedReasonIsSaidInChinese() {
    String english =
        "the methodology changed from version 2026.1 to 2026.2 without a stated reason";
    org.scopeplus.core.scope3plus.Restatement r =
        new org.scopeplus.core.scope3plus.Restatement(
            "2026.1",
            "2026.2",
            "cloud_migration",
            "2026.1",
            english,
            3,
            1500,
            "2026.2",
            org.scopeplus.io.scope3plus.StateStore.unstatedReason("2026.1", "2026.2"));
    LocaleContextHolder.setLocale(ZH);
    assertThat(formats.restatementReason(r)).isEqualTo("方法学由版本 2026.1 变更为版本 2026.2，未说明原因");
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(formats.restatementReason(r)).isEqualTo(english);
  }

  /**
   * A configuration that makes a methodology inconsistent is refused with the methodology's own
   * checks ("cloud_migration: vintage ... is in ratio, not in kg; ..."), as the core gives them:
   * each check said in Chinese, the methodology, keys, values and units as written.
   */
  @Test
  void aMethodologysConsistencyChecksAreSaidInChinese() throws java.io.IOException {
    List<String> refusals = new ArrayList<>();
    for (String rows :
        List.of(
            "dc.pue.alibaba_cloud.fy2024,1,kg,s\n",
            "required.survey.green_trip.bus.share.car,1.5,fraction,s\n",
            "required.dc.server.power_idle,300,W,s\nrequired.dc.server.power_max,200,W,s\n",
            "required.dc.server.power_idle,-1,W,s\n",
            "required.dc.server.power_max,30000,W,s\n",
            "required.dc.server.power_idle,100,W,s\nrequired.dc.server.power_max,0,W,s\n",
            "required.transport.cn.car_occupancy,0.5,passengers/vehicle,s\n",
            "required.survey.green_trip.bus.share.car,0.2,fraction,s\n"
                + "required.survey.green_trip.bus.share.taxi,0.2,fraction,s\n"
                + "required.survey.green_trip.bus.share.walk_cycle,0.2,fraction,s\n"
                + "required.survey.green_trip.bus.share.no_trip,0.2,fraction,s\n")) {
      refusals.addAll(
          configurationItems(HEAD + rows).stream()
              .map(ConfigurationRefused.Item::message)
              .filter(r -> !r.startsWith("configuration row"))
              .toList());
    }
    assertThat(refusals).hasSizeGreaterThanOrEqualTo(8);
    for (String r : refusals) {
      assertThat(sentences.say("refusal", r, Locale.ENGLISH)).as(r).isEqualTo(r);
      String zh = sentences.say("refusal", r, ZH);
      assertThat(zh).as(r).isNotNull().doesNotContain("{");
      assertThat(HAN.matcher(zh).find()).as(zh).isTrue();
      assertThat(zh)
          .as(r)
          .doesNotContain(
              " is in ", " is outside ", " is above ", " is negative", " sum to ", " not in ");
    }
    String vintage =
        refusals.stream()
            .filter(r -> r.startsWith("cloud_migration: ") && r.contains(" is in ratio, not in kg"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(refusals));
    String said = sentences.say("refusal", vintage, ZH);
    assertThat(said)
        .startsWith("cloud_migration：")
        .contains("角色 pue_cloud 的数据年份参数 dc.pue.alibaba_cloud.", "的单位为 ratio，而不是 kg");
    assertThat(said.split("；")).hasSize(vintage.split("; ").length);
    LocaleContextHolder.setLocale(ZH);
    assertThat(
            formats.refusal(
                "cloud_migration.servers: power_idle required.dc.server.power_idle = 300 W is above"
                    + " power_max required.dc.server.power_max = 200 W: a server draws the most at"
                    + " full load; the no_trip mode emits nothing by definition; give it a share"
                    + " only"))
        .isEqualTo(
            "cloud_migration.servers：power_idle required.dc.server.power_idle = 300 W 高于 power_max"
                + " required.dc.server.power_max = 200 W：服务器满载时功率最大；按定义，no_trip 方式不产生排放；只需给出其比例");
    // a check without a wording leaves the whole refusal as the core gave it
    String unworded = "green_trip.bus: role x has a check with no wording; role y has no parameter";
    assertThat(formats.refusal(unworded)).isEqualTo(unworded);
  }

  /**
   * The checks of a Scope 3+ configuration carry their codes from where they are made (the API
   * gives them beside each message): each code's English wording is the message exactly, its
   * Chinese wording Chinese; a methodology's own consistency sentence has no code yet.
   */
  @Test
  void everyCheckOfAScope3PlusConfigurationHasACodeWhoseEnglishWordingIsItsMessage()
      throws java.io.IOException {
    List<ConfigurationRefused.Item> items = rowChecks();
    Set<String> codes = new LinkedHashSet<>();
    for (ConfigurationRefused.Item i : items) {
      assertThat(i.sentence()).as(i.message()).isNotNull();
      codes.add(i.sentence().key());
      assertThat(sentences.say(i.sentence(), Locale.ENGLISH)).isEqualTo(i.message());
      String zh = sentences.say(i.sentence(), ZH);
      assertThat(zh).as(i.message()).doesNotContain("{").isNotEqualTo(i.message());
      assertThat(HAN.matcher(zh).find()).as(zh).isTrue();
      // by its code as by its English, the same Chinese
      assertThat(zh).isEqualTo(sentences.say("refusal", i.message(), ZH));
      // as the API gives it and a page reads it back
      assertThat(
              ApiProblem.sentenceOf(
                  ApiProblem.coded(i.sentence()).get("code"),
                  ApiProblem.coded(i.sentence()).get("arguments")))
          .isEqualTo(i.sentence());
    }
    assertThat(codes)
        .containsExactlyInAnyOrder(
            "refusal.configuration.keyEmpty",
            "refusal.configuration.side",
            "refusal.configuration.notNumber",
            "refusal.configuration.notFinite",
            "refusal.configuration.noUnit",
            "refusal.configuration.twice",
            "refusal.configuration.unknownKey",
            "refusal.configuration.unitKind",
            "refusal.configuration.shareUnit",
            "refusal.configuration.shareRange",
            "refusal.configuration.noMethodology");
    // the unit wanted, a sentence inside the sentence, is given as a code of its own
    ConfigurationRefused.Item taxi =
        items.stream().filter(i -> i.message().contains("share.taxi")).findFirst().get();
    assertThat(ApiProblem.coded(taxi.sentence()).get("arguments").toString())
        .isEqualTo(
            "[2, required.survey.green_trip.bus.share.taxi, kg, fraction,"
                + " {code=refusal.configuration.give.fraction, arguments=[]}]");
    // a methodology's consistency check (a ratio given in kg): a sentence without a code yet
    assertThat(configurationItems(HEAD + "dc.pue.alibaba_cloud.fy2024,1,kg,s\n"))
        .anyMatch(i -> i.sentence() == null && !i.message().startsWith("configuration row"));
  }

  /** The rules of a user name and a password (admin page) and of the base year (base-year page). */
  @Test
  void userPasswordAndBaseYearRefusalsAreSaidInChinese() {
    List<String> refusals = new ArrayList<>();
    for (String password :
        List.of(
            "short",
            "x".repeat(Passwords.MAX_LENGTH + 1),
            "abc\u0007defghijklmnop",
            " ".repeat(20),
            "my-alice-password-2024",
            "abababababababab",
            "1234567890123456",
            "password12345678")) {
      refusals.add(Passwords.weakness(password, "alice").orElseThrow());
    }
    // as RegisteringUser and RecalculationPolicy give them (their stores need a database)
    refusals.add("a user name has 2 to 100 letters, digits or . _ @ - characters");
    refusals.add("a data owner needs at least one org unit");
    refusals.add("user name alice is taken in this tenant");
    refusals.add("the significance threshold must be between 0 and 1 (0.05 is 5%)");
    refusals.add("run 3f2a covers FY2025, not the base year 2024");
    refusals.add("a restatement needs a reason");
    assertThat(saidInChinese(refusals)).hasSize(14);
    LocaleContextHolder.setLocale(ZH);
    assertThat(formats.refusal("run 3f2a covers FY2025, not the base year 2024"))
        .isEqualTo("核算批次 3f2a 涵盖的是 FY2025，不是基准年 2024");
    assertThat(formats.refusal("something not worded yet")).isEqualTo("something not worded yet");
    LocaleContextHolder.setLocale(Locale.ENGLISH);
    assertThat(formats.refusal("a restatement needs a reason"))
        .isEqualTo("a restatement needs a reason");
  }
}
