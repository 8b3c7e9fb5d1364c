package org.scopeplus.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.io.scope3plus.MethodologyLibrary;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Stored English sentences said in Chinese through the console bundles: each test sentence is the
 * one the service writes (ActivityRowParser, CalculatingRun, UserStore, ImportingActivities), and
 * the Chinese is the bundle's wording with the glossary's words (section 18: 报告期, 核算批次, 角色).
 */
class StoredSentencesTest {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final ResourceBundleMessageSource messages = bundles();
  private final StoredSentences sentences = StoredSentences.of(messages);

  /** The console bundles as the service reads them (UTF-8, no fallback to the system locale). */
  static ResourceBundleMessageSource bundles() {
    ResourceBundleMessageSource m = new ResourceBundleMessageSource();
    m.setBasename("i18n/console");
    m.setDefaultEncoding("UTF-8");
    m.setFallbackToSystemLocale(false);
    return m;
  }

  @Test
  void aLocatedProblemIsSaidInChineseWithItsColumnNamedInChinese() {
    assertThat(
            sentences.say(
                "problem",
                "quantity 'lots' is not a number (use a point as decimal separator and no"
                    + " thousands separator)",
                ZH))
        .isEqualTo("数量“lots”不是数字（小数点用英文句点，不加千位分隔符）");
    assertThat(
            sentences.say(
                "problem",
                "unit kg measures mass, but activity type s2.electricity is measured in energy",
                ZH))
        .isEqualTo("单位 kg 计量的是质量，而活动类型 s2.electricity 以能量计量");
    assertThat(sentences.say("problem", "activity_type is empty", ZH)).isEqualTo("活动类型为空");
  }

  @Test
  void theWordingWithMoreFixedTextIsTriedFirst() {
    assertThat(
            sentences.say(
                "audit.import.stored",
                "a.csv: 3 records into period FY2024, replacing import 42",
                ZH))
        .isEqualTo("a.csv：3 条记录导入报告期 FY2024，取代导入 42");
    assertThat(sentences.say("audit.import.stored", "a.csv: 3 records into period FY2024", ZH))
        .isEqualTo("a.csv：3 条记录导入报告期 FY2024");
  }

  @Test
  void onlyTheProductsOwnWordsAreTranslatedNotNames() {
    // the user is called admin and is added as an admin: the name stays, the role is said
    assertThat(sentences.say("audit.user.added", "user admin added as admin", ZH))
        .isEqualTo("已添加用户 admin，角色：管理员");
    assertThat(
            sentences.say(
                "audit.run.calculated", "run of period FY2024: 3 records, AR5, equity_share", ZH))
        .isEqualTo("报告期 FY2024 的核算批次：3 条记录，AR5，股权比例法");
  }

  @Test
  void anEnglishPageShowsTheStoredSentenceAndAnUnknownOneIsLeftAsStored() {
    String stored = "a.csv: 3 records into period FY2024";
    assertThat(sentences.say("audit.import.stored", stored, Locale.ENGLISH)).isSameAs(stored);
    // a wording the bundles do not have (a changed or older sentence): null, shown as stored
    assertThat(sentences.say("audit.import.stored", "a.csv imported", ZH)).isNull();
    assertThat(sentences.say("problem", "something else went wrong", ZH)).isNull();
    // an audit family reads only its own action's wordings
    assertThat(sentences.say("audit.token.created", stored, ZH)).isNull();
    assertThat(sentences.say("problem", "x".repeat(5000), ZH)).isNull();
  }

  /** The parts of a factor note as FactorResolver writes them; the library's label is a name. */
  @Test
  void theProductsOwnPartsOfAFactorNoteAreSaidInChinese() {
    assertThat(sentences.say("note", "region CN-ZJ matched", ZH)).isEqualTo("匹配地区 CN-ZJ");
    assertThat(
            sentences.say(
                "note",
                "no factor valid for 2024-03, latest available vintage (valid 2023-01-01 to"
                    + " 2023-12-31) used",
                ZH))
        .isEqualTo("没有适用于 2024-03 的排放因子，采用最近一期（有效期 2023-01-01 至 2023-12-31）");
    assertThat(sentences.say("note", "no factor for CN-ZJ-HZ", ZH)).isEqualTo("CN-ZJ-HZ 没有排放因子");
    assertThat(sentences.say("note", "builtin 2026.1", ZH)).isNull();
    // a market-based line names its step of the Scope 2 Guidance hierarchy (MarketBasedHierarchy)
    assertThat(
            sentences.say(
                "note",
                "market-based: residual mix (Scope 2 Guidance table 6.3, step 3 of 4): region GB"
                    + " matched",
                ZH))
        .isEqualTo("基于市场：残余混合排放因子（范围2指南表6.3，第 3 步，共 4 步）：匹配地区 GB");
  }

  /**
   * The instrument-coverage parts of a market-based note as CalculationEngine writes them: the
   * instrument's name, description and amounts stay as written, the product's words are said.
   */
  @Test
  void theInstrumentCoveragePartsOfAMarketBasedNoteAreSaidInChinese() {
    assertThat(
            sentences.say(
                "note",
                "market-based: contractual instrument (Scope 2 Guidance table 6.3, step 1 of 4):"
                    + " GO-7 (wind PPA) has 1.5 MWh of the 3 MWh consumed by DC-1 in 2024-03"
                    + " allocated in the instrument registry, so it covers 0.5 of this record at"
                    + " its emission rate of 0 kg CO2e/MWh",
                ZH))
        .isEqualTo(
            "基于市场：合同工具（范围2指南表6.3，第 1 步，共 4 步）：GO-7（wind PPA）在已登记的合同工具中分配了"
                + " DC-1 in 2024-03 消耗的 3 MWh 中的 1.5 MWh，因此按其排放率 0 kg CO2e/MWh 覆盖本记录的 0.5");
    assertThat(
            sentences.say(
                "note",
                "market-based: 1.5 MWh of the 3 MWh consumed by DC-1 in 2024-03 are not covered"
                    + " by instruments, so 0.5 of this record goes down the hierarchy",
                ZH))
        .isEqualTo("基于市场：DC-1 in 2024-03 消耗的 3 MWh 中有 1.5 MWh 未被合同工具覆盖，因此本记录的 0.5 沿层级向下选取排放因子");
    // the step after an uncovered share is written without "market-based: " again
    assertThat(
            sentences.say(
                "note",
                "residual mix (Scope 2 Guidance table 6.3, step 3 of 4): region GB matched",
                ZH))
        .isEqualTo("残余混合排放因子（范围2指南表6.3，第 3 步，共 4 步）：匹配地区 GB");
    assertThat(
            sentences.say(
                "note",
                "market-based: contractual instrument (Scope 2 Guidance table 6.3, step 1 of 4):"
                    + " covered by contractual instrument 'GO-7' (zero-emission attribute claimed"
                    + " for this energy)",
                ZH))
        .isEqualTo("基于市场：合同工具（范围2指南表6.3，第 1 步，共 4 步）：由合同工具“GO-7”覆盖（这部分能源已主张零排放属性）");
  }

  /**
   * Audit details of city, energy, PACT link and verification entries, as their stores write them.
   */
  @Test
  void cityEnergyPactAndVerificationAuditDetailsAreSaidInChinese() {
    assertThat(
            sentences.say(
                "audit.city.inventory.stored",
                "GPC inventory of Shenzhen 2023 stored from sz.xlsx: 42 lines",
                ZH))
        .isEqualTo("Shenzhen 2023 年的城市温室气体清单已由 sz.xlsx 保存：42 行");
    assertThat(
            sentences.say(
                "audit.energy.readings.imported", "96 reading(s) for meter 'Main' from m.csv", ZH))
        .isEqualTo("计量表“Main”的 96 条抄表读数，来自 m.csv");
    assertThat(
            sentences.say(
                "audit.energy.weather.imported",
                "8760 hour(s) of typical-year weather for site 'HQ' from tmy.csv",
                ZH))
        .isEqualTo("站点“HQ”的 8760 小时典型年气象数据，来自 tmy.csv");
    assertThat(sentences.say("audit.energy.meter.changed", "meter 'Main' changed", ZH))
        .isEqualTo("计量表“Main”已修改");
    assertThat(
            sentences.say(
                "audit.energy.nightly.skipped",
                "scheduled nightly batch skipped: run r-7 started by admin-a is still running",
                ZH))
        .isEqualTo("定时夜间批量已跳过：admin-a 启动的运行 r-7 仍在进行");
    assertThat(
            sentences.say(
                "audit.pact.client.linked", "PACT client Acme answered at partner p-1", ZH))
        .isEqualTo("PACT 客户端 Acme 已在合作伙伴 p-1 处应答");
    assertThat(
            sentences.say(
                "audit.verification.opinion",
                "reasonable assurance opinion on run r-1 at materiality 0.05",
                ZH))
        .isEqualTo("对核算批次 r-1 的合理保证鉴证结论，重要性阈值 0.05");
    assertThat(
            sentences.say(
                "audit.verification.finding", "material finding on run r-1 (scope 2)", ZH))
        .isEqualTo("核算批次 r-1 的重要不符合项（scope 2）");
  }

  /**
   * Every built-in methodology has a Chinese title (its {@code title_zh} in the catalog, carried on
   * the methodology), said on a Chinese page, and its title as written on an English one.
   */
  @Test
  void everyBuiltInMethodologyHasAChineseTitleBesideItsCatalogTitle() throws Exception {
    var catalog = MethodologyLibrary.builtIn();
    assertThat(catalog.methodologies()).hasSizeGreaterThan(30);
    Formats formats = new Formats(messages);
    for (Methodology m : catalog.methodologies()) {
      org.springframework.context.i18n.LocaleContextHolder.setLocale(ZH);
      String zh = formats.methodologyTitle(m);
      assertThat(zh).as(m.action()).isNotNull().isNotEqualTo(m.title());
      assertThat(
              zh.codePoints()
                  .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
          .as(m.action())
          .isNotEmpty();
      org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.ENGLISH);
      assertThat(formats.methodologyTitle(m)).as(m.action()).isNull();
    }
    // the title of a walk, by the catalog's title_zh
    org.springframework.context.i18n.LocaleContextHolder.setLocale(ZH);
    Methodology walk = catalog.byAction("green_trip.walk");
    assertThat(walk.title())
        .isEqualTo("Walking instead of other modes, per passenger-km (ACM0016 structure)");
    assertThat(formats.methodologyTitle(walk)).isEqualTo("以步行替代其他出行方式，按人公里计（ACM0016 结构）");
    // a tenant's own methodology without a Chinese title: shown as written
    assertThat(formats.methodologyTitle(own(walk, "Our own canteen methodology", null))).isNull();
    org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
  }

  /**
   * A tenant's own methodology titled like a built-in one is not given the built-in's Chinese
   * title: a Chinese page shows its own Chinese title when it has one, else its title as written.
   */
  @Test
  void aTenantsOwnMethodologyTitledLikeABuiltInKeepsItsOwnTitle() throws Exception {
    Methodology walk = MethodologyLibrary.builtIn().byAction("green_trip.walk");
    Formats formats = new Formats(messages);
    org.springframework.context.i18n.LocaleContextHolder.setLocale(ZH);
    try {
      assertThat(formats.methodologyTitle(own(walk, walk.title(), null))).isNull();
      assertThat(formats.methodologyTitle(own(walk, walk.title(), "我们自己的步行方法学")))
          .isEqualTo("我们自己的步行方法学");
      org.springframework.context.i18n.LocaleContextHolder.setLocale(Locale.ENGLISH);
      assertThat(formats.methodologyTitle(own(walk, walk.title(), "我们自己的步行方法学"))).isNull();
    } finally {
      org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
    }
  }

  /** A tenant's own methodology counted as {@code like} is, titled {@code title}. */
  private static Methodology own(Methodology like, String title, String titleZh) {
    return new Methodology(
        "own." + like.action(),
        like.version(),
        title,
        like.kind(),
        like.dimensions(),
        like.parameters(),
        like.eligibility(),
        like.baselineNote(),
        like.validity(),
        like.claiming(),
        like.vintages(),
        titleZh);
  }

  /**
   * The reasons the nightly energy batch keeps when it cannot forecast a meter, as the models and
   * the service write them (DailyModel, HourlyModel, Suggestions, MeterAnalysis), said in Chinese
   * on the meter page; the English page shows them as kept.
   */
  @Test
  void theNightlyBatchsKeptReasonsAreSaidInChinese() {
    assertThat(
            sentences.say(
                "energy",
                "the training period has 2 complete metered days; at least 10 are needed",
                ZH))
        .isEqualTo("基期只有 2 个完整计量日，至少需要 10 个");
    assertThat(
            sentences.say(
                "energy",
                "the training period has 72 metered hours; at least a week (168) is needed",
                ZH))
        .isEqualTo("基期只有 72 个有读数的小时，至少需要一周（168 小时）");
    assertThat(
            sentences.say(
                "energy",
                "the meter has 300 hours with readings; suggestions need at least 14 days",
                ZH))
        .isEqualTo("该计量表只有 300 个有读数的小时，节能建议至少需要 14 天");
    assertThat(sentences.say("energy", "the meter has no readings yet", ZH)).isEqualTo("该计量表尚无读数");
    assertThat(
            sentences.say("energy", "the site has no tariff: add one to price the suggestions", ZH))
        .isEqualTo("站点尚无电价：请添加电价以计算建议的费用");
    assertThat(
            sentences.say(
                "energy",
                "the site has no weather: upload a TMY3 or EPW file, or a CSV of observations, to"
                    + " /api/v1/energy/sites/{id}/weather",
                ZH))
        .isEqualTo(
            "站点缺少所需的气象数据：请将 TMY3 或 EPW 文件、或观测数据 CSV 上传到" + " /api/v1/energy/sites/{id}/weather");
    assertThat(sentences.say("energy", "the meter has no readings yet", Locale.ENGLISH))
        .isEqualTo("the meter has no readings yet");
  }

  /**
   * The reason a meter keeps when the nightly batch failed on it (RunningNightlyBatch.failure):
   * what went wrong is shown as written, the rest in the page's language.
   */
  @Test
  void aMeterTheNightlyBatchFailedOnIsSaidInChinese() {
    String kept =
        "the batch failed on this meter (Unknown time-zone ID: Nowhere/Atlantis); it is tried"
            + " again in the next run";
    assertThat(sentences.say("energy", kept, ZH))
        .isEqualTo("夜间批量在该计量表上出错（Unknown time-zone ID: Nowhere/Atlantis）；下次运行时将重试");
    assertThat(sentences.say("energy", kept, Locale.ENGLISH)).isEqualTo(kept);
  }
}
