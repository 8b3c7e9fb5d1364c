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

  private static ResourceBundleMessageSource bundles() {
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

  /** Every built-in methodology has a Chinese title, and the English wording is the catalog's. */
  @Test
  void everyBuiltInMethodologyHasAChineseTitleBesideItsCatalogTitle() throws Exception {
    var catalog = MethodologyLibrary.builtIn();
    assertThat(catalog.methodologies()).hasSizeGreaterThan(30);
    for (Methodology m : catalog.methodologies()) {
      String key = "s3p.methodology." + m.action();
      assertThat(messages.getMessage(key, null, null, Locale.ENGLISH)).as(key).isEqualTo(m.title());
      String zh = messages.getMessage(key, null, null, ZH);
      assertThat(zh).as(key).isNotNull().isNotEqualTo(m.title());
      assertThat(
              zh.codePoints()
                  .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
          .as(key)
          .isNotEmpty();
    }
  }
}
