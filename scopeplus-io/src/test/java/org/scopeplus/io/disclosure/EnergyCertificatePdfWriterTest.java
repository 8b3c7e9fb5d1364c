package org.scopeplus.io.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * The one-page low-carbon certificate. Its figures are the hand calculation of
 * EnergyInventoryCommandTest (scopeplus-cli): a load of 2 kWh every hour of January 2024 (1,488
 * kWh), own PV 5 kWh in hours 10-13 (248 kWh used on site, 372 kWh exported), 1,240 kWh purchased;
 * location-based 1,240 kWh x 0.5153 kg/kWh (Zhejiang 2022, MEE and NBS Announcement 2024 No. 33) =
 * 638.972 kg; market-based 240 kWh under GEC-1 at 0 plus 1,000 kWh x 0.6096 kg/kWh (national 2023
 * excluding market-traded non-fossil electricity) = 609.6 kg; gas 372 m³ x 2.162188809 kg/m³ (CN
 * guideline) = 804.334 kg. Savings, by hand: 1,000 kWh ± 150 kWh at 68 %, 0.8 CNY a kWh = 800.00 ±
 * 120.00 CNY, 1,000 kWh x 0.5153 kg/kWh = 515.3 kg ± 77.295 kg, fractional uncertainty 150 / 1,000
 * = 15.0 %.
 */
class EnergyCertificatePdfWriterTest {

  static final String HASH = "3f5a0c9e7b1d2468ace013579bdf2468ace013579bdf2468ace013579bdf2468";

  static EnergyCertificate certificate(String organisation, int factorCount) {
    List<EnergyCertificate.FactorSource> factors = new ArrayList<>();
    factors.add(
        new EnergyCertificate.FactorSource(
            "cn_mee_nbs.average.cn-zj.2022", "MEE and NBS Announcement 2024 No. 33"));
    for (int i = 1; i < factorCount; i++) {
      factors.add(new EnergyCertificate.FactorSource("f" + i, "Publication " + i));
    }
    return new EnergyCertificate(
        organisation,
        "Plant-A",
        2024,
        804_334,
        638_972,
        609_600,
        new EnergyCertificate.Energy(1488, 248, 372, 1240, 240, 372, "m3"),
        new EnergyCertificate.Savings(
            "2023-01-01/2023-12-31",
            "2024-01-01/2024-12-31",
            1000,
            150,
            0.68,
            0.8,
            515_300,
            77_295),
        factors,
        "8b1c2d3e-0000-4000-8000-000000000001",
        HASH,
        EnergyCertificate.HashCheck.SERVICE_RUN,
        LocalDate.of(2025, 1, 15),
        null);
  }

  static byte[] pdf(EnergyCertificate c, ReportLanguage l) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EnergyCertificatePdfWriter().write(c, l, out);
    return out.toByteArray();
  }

  static String text(byte[] pdf) throws IOException {
    StringBuilder b = new StringBuilder();
    try (PdfReader reader = new PdfReader(pdf)) {
      assertThat(reader.getNumberOfPages()).as("one page").isEqualTo(1);
      PdfTextExtractor x = new PdfTextExtractor(reader);
      b.append(x.getTextFromPage(1));
    }
    return b.toString();
  }

  @Test
  void theEnglishCertificateStatesTheHandCalculatedFiguresAndTheRunHash() throws IOException {
    String text = text(pdf(certificate("Lakeside Tools Ltd", 10), ReportLanguage.EN));
    assertThat(text)
        .contains(
            "Low-carbon certificate",
            "Lakeside Tools Ltd",
            "Plant-A",
            "2024",
            "0.804334 t CO2e",
            "0.638972 t CO2e",
            "0.609600 t CO2e",
            "1488.0 kWh",
            "248.0 kWh",
            "372.0 kWh",
            "1240.0 kWh",
            // (248 + 240) / 1,488 = 32.80 %
            "32.8 %",
            "1000.0 ± 150.0 kWh",
            "800.00 ± 120.00 CNY",
            "0.515300 ± 0.077295 t CO2e",
            "15.0 % at 68 % confidence",
            "MEE and NBS Announcement 2024 No. 33",
            "and 4 more factor(s)",
            "8b1c2d3e-0000-4000-8000-000000000001",
            HASH,
            "2025-01-15");
    assertThat(text.replaceAll("\\s+", " ")).contains("read run 8b1c2d3e", "GET /api/v1/runs/");
  }

  @Test
  void purchasedHeatHasItsOwnLinesInBothLanguagesOnTheOnePage() throws IOException {
    // by hand: 7,440 kWh x 0.17073 kg CO2e/kWh (BEIS 2021 district heat) = 1,270.231 kg
    EnergyCertificate c =
        certificate("Lakeside Tools Ltd", 10)
            .withHeat(
                new EnergyCertificate.Heat(
                    7440,
                    1_270_231,
                    "0.17073 kg CO2e/kWh",
                    "beis_2021.heat",
                    "BEIS 2021 GHG conversion factors, Heat and steam"));
    assertThat(c.withSavings(null).heat()).as("kept beside the savings").isEqualTo(c.heat());
    String en = text(pdf(c, ReportLanguage.EN));
    assertThat(en)
        .contains(
            "Purchased heat (Scope 2)",
            "7440.0 kWh, 1.270231 t CO2e",
            "Emission factor of the heat and its source",
            "0.17073 kg CO2e/kWh",
            "beis_2021.heat",
            HASH);
    String zh = text(pdf(c, ReportLanguage.ZH_CN));
    assertThat(zh)
        .contains("购入热力（范围2）", "7440.0 千瓦时，1.270231 吨二氧化碳当量", "热力排放因子及来源", HASH)
        .doesNotContain("Purchased heat", "Emission factor of the heat");
    assertThat(text(pdf(certificate("Lakeside Tools Ltd", 10), ReportLanguage.EN)))
        .as("no heat line without heat")
        .doesNotContain("Purchased heat");
  }

  @Test
  void theChineseCertificateHasTheGlossaryTermsAndNoEnglishLabel() throws IOException {
    byte[] zh = pdf(certificate("湖畔工具有限公司", 3), ReportLanguage.ZH_CN);
    String text = text(zh);
    assertThat(text)
        .contains(
            "低碳证书",
            "湖畔工具有限公司",
            "范围1（直接排放）",
            "范围2（基于位置的方法）",
            "范围2（基于市场的方法）",
            "0.638972 吨二氧化碳当量",
            "1240.0 千瓦时",
            "光伏自发自用电量",
            "节能量",
            "基期",
            "统计报告期",
            "不确定度",
            "排放因子来源",
            "核算批次",
            "签发日期",
            HASH);
    ResourceBundle en =
        ResourceBundle.getBundle(
            "org.scopeplus.io.disclosure.ReportText",
            Locale.ENGLISH,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    int checked = 0;
    for (String key : en.keySet()) {
      String label = en.getString(key);
      if (key.startsWith("certificate.") && !label.contains("{") && label.length() >= 3) {
        assertThat(text).as(key).doesNotContain(label);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(25);
    assertThat(text).doesNotContain("t CO2e", "Scope", "kWh");
    assertThat(new String(zh, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/FontFile2");
  }

  @Test
  void withoutSavingsTheSectionIsLeftOutAndAFileRunSaysHowToRecalculate() throws IOException {
    EnergyCertificate c = certificate("Lakeside Tools Ltd", 1);
    EnergyCertificate fileRun =
        new EnergyCertificate(
            c.organisation(),
            c.sites(),
            c.year(),
            c.scope1Grams(),
            c.scope2LocationGrams(),
            c.scope2MarketGrams(),
            c.energy(),
            null,
            c.factors(),
            "",
            HASH,
            EnergyCertificate.HashCheck.FILE_RUN,
            c.issued(),
            c.heat());
    String text = text(pdf(fileRun, ReportLanguage.EN));
    assertThat(text)
        .doesNotContain("Measured energy savings", "Avoided energy use")
        .contains("calculated from files, not stored", "run scopeplus energy inventory again");
  }
}
