package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.scope3plus.Methodology;
import org.scopeplus.core.scope3plus.MethodologyCatalog;
import org.scopeplus.core.scope3plus.Parameter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every text of the built-in methodology catalog that a user reads (on the console's Scope 3+ page
 * and from GET /api/v1/ecosystem/methodologies) has its Simplified Chinese wording in the catalog,
 * and the wording keeps what a reader checks against the source: every number, and the standards
 * and document names as written.
 */
class MethodologyTextsTest {

  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /** A number as written (2024, 0.5568, 20,000 is two: the digits are kept either way). */
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  /**
   * Chemical formulas and units with a digit that Chinese writes in words (CO2e is 二氧化碳当量, m2 is
   * 平方米): their digit is not a number of the text.
   */
  private static final Pattern FORMULA = Pattern.compile("\\b(CO2e?|m2)\\b");

  /** Standards and document numbers that stay as written (DB11/T 3043-2024, CDM ACM0016). */
  private static final Pattern STANDARD =
      Pattern.compile(
          "\\b(?:DB\\d+/T \\d+-\\d{4}|GB \\d+-\\d{4}|ACM\\d{4}|AMS-[IVX]+\\.[A-Z]+"
              + "|SPECpower_ssj2008|[a-z_]+\\.[a-z_.]+[a-z])");

  /** Four English words in a row: an English sentence left in a Chinese wording. */
  private static final Pattern ENGLISH_SENTENCE =
      Pattern.compile("[A-Za-z]{2,}(?:[ ,;:()']+[A-Za-z]{2,}){3,}");

  /** Titles of publications cited inside a wording: they stay in their own language. */
  private static final Set<String> TITLES = Set.of("Energy, Sustainability and Society");

  @Test
  void everyUserVisibleTextOfTheBuiltInCatalogHasItsChineseWording() {
    List<MethodologyTexts.Text> texts = MethodologyTexts.builtIn();
    // 45 baselines, the values' notes and not-found sources, transfers, reasons: counted, so that a
    // walk that missed a part of the file would show here
    assertThat(texts).hasSizeGreaterThan(200);
    List<String> missing = new ArrayList<>();
    for (MethodologyTexts.Text t : texts) {
      if (!HAN.matcher(t.chinese()).find()) {
        missing.add(t.where());
      }
    }
    assertThat(missing).as("texts without a Chinese wording").isEmpty();
    assertThat(texts.stream().map(MethodologyTexts.Text::where))
        .contains(
            "values.required.survey.green_trip.bus.share.car.source",
            "values.required.survey.green_trip.bus.share.car.note",
            "methodologies[green_trip.bus].baseline",
            "methodologies[e_label].business_as_usual.CN",
            "methodologies[e_label].transfers.paper.primary",
            "methodologies[parcel_box.recycled].counterfactual_evidence",
            "changes[cloud_migration].reason",
            "retired[cutlery_free.order.reported_average].reason")
        // a value found: its source is a citation, shown as published, not a text to word
        .doesNotContain("values.grid.cn.2022.national_average.source");
  }

  @Test
  void eachChineseWordingKeepsTheNumbersAndStandardsOfItsEnglish() {
    for (MethodologyTexts.Text t : MethodologyTexts.builtIn()) {
      String english = FORMULA.matcher(t.english()).replaceAll("");
      assertThat(tokens(DIGITS, t.chinese()))
          .as("numbers of %s: %s", t.where(), t.chinese())
          .containsAll(tokens(DIGITS, english));
      for (String standard : tokens(STANDARD, t.english())) {
        assertThat(t.chinese()).as("standards and keys of %s", t.where()).contains(standard);
      }
      String chinese = t.chinese();
      for (String title : TITLES) {
        chinese = chinese.replace(title, "");
      }
      assertThat(ENGLISH_SENTENCE.matcher(chinese).find())
          .as("English left in the wording of %s: %s", t.where(), t.chinese())
          .isFalse();
    }
  }

  @Test
  void theGuidanceTheConsoleShowsForEveryValueStillNeededIsWordedInChinese() throws Exception {
    MethodologyCatalog catalog = MethodologyLibrary.builtIn();
    int needed = 0;
    for (Methodology m : catalog.methodologies()) {
      assertThat(MethodologyTexts.chinese(m.baselineNote())).as(m.action()).isNotNull();
      for (String role : m.missing()) {
        Parameter p = m.parameters().get(role);
        // what it is (the source of a value not found) and what to configure it from
        assertThat(MethodologyTexts.chinese(p.citation().publication())).as(p.key()).isNotBlank();
        assertThat(MethodologyTexts.chinese(p.citation().notes())).as(p.key()).isNotBlank();
        needed++;
      }
      m.validity()
          .transfers()
          .values()
          .forEach(t -> assertThat(MethodologyTexts.chinese(t)).as(t).isNotNull());
    }
    assertThat(needed).isGreaterThan(40);
    assertThat(
            MethodologyTexts.chinese(
                "Not found: the share of the programme's bus trips that would otherwise have been"
                    + " made by car, from a substitution survey of its riders"))
        .isEqualTo("未找到：本项目的公交出行中，若无公交原本会由汽车完成的比例，取自对其乘客的替代出行调查");
    // a citation of a value found, or a tenant's own source, has no wording: shown as written
    assertThat(MethodologyTexts.chinese("Transit rider survey 2024 Q1")).isNull();
  }

  @Test
  void aTextWithoutItsChineseSiblingIsFoundByTheWalk() {
    String file =
        """
        {"values": {"a.share": {"value": null, "unit": "fraction",
            "source": "Not found: a share", "source_zh": "未找到：比例",
            "note": "Configure from a survey."},
          "b.factor": {"value": 1.5, "unit": "kg", "source": "A publication, table 3",
            "note": ""}},
         "methodologies": [{"action": "x", "baseline": "Each trip.", "baseline_zh": "每次出行。",
            "transfers": {"b.factor": "A proxy."}, "transfers_zh": {}}],
         "changes": [{"action": "x", "reason": "Its factor changed.", "reason_zh": "其排放因子已更改。"}]}
        """;
    List<MethodologyTexts.Text> texts =
        MethodologyTexts.of(JsonMapper.builder().build().readTree(file));
    assertThat(texts)
        .containsExactly(
            new MethodologyTexts.Text("values.a.share.source", "Not found: a share", "未找到：比例"),
            new MethodologyTexts.Text("values.a.share.note", "Configure from a survey.", ""),
            new MethodologyTexts.Text("methodologies[x].baseline", "Each trip.", "每次出行。"),
            new MethodologyTexts.Text("methodologies[x].transfers.b.factor", "A proxy.", ""),
            new MethodologyTexts.Text("changes[x].reason", "Its factor changed.", "其排放因子已更改。"));
    assertThat(MethodologyTexts.byEnglish(texts))
        .containsOnlyKeys("Not found: a share", "Each trip.", "Its factor changed.");
  }

  private static Set<String> tokens(Pattern p, String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
