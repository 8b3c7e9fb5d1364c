package org.scopeplus.cli.energy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scopeplus.cli.CommandRun;

/**
 * {@code scopeplus energy certificate}: the certificate of the inventory of
 * EnergyInventoryCommandTest, whose figures are calculated by hand there (location-based 1,240 kWh
 * x 0.4974 kg/kWh = 616.776 kg; market-based 1,000 kWh x 0.6096 kg/kWh = 609.6 kg; gas 372 m³ x
 * 2.162188809 kg/m³ = 804.334 kg), with measured savings on a load that drops by 1 kWh every hour
 * after the baseline period.
 */
class EnergyCertificateCommandTest {

  /** Hour by hour at +08:00 from {@code start}. */
  static Path hourly(
      Path dir, String name, String header, LocalDateTime start, int hours, IntToDoubleFunction v)
      throws Exception {
    StringBuilder b = new StringBuilder(header).append('\n');
    for (int i = 0; i < hours; i++) {
      b.append(start.plusHours(i)).append(":00+08:00,").append(v.applyAsDouble(i)).append('\n');
    }
    Path p = dir.resolve(name);
    Files.writeString(p, b);
    return p;
  }

  static String text(Path pdf) throws Exception {
    try (PdfReader reader = new PdfReader(Files.readAllBytes(pdf))) {
      assertEquals(1, reader.getNumberOfPages());
      return new PdfTextExtractor(reader).getTextFromPage(1);
    }
  }

  static List<String> inventoryArgs(Path dir) throws Exception {
    Path load = EnergyInventoryCommandTest.meter(dir, "load.csv", i -> 2);
    Path pv =
        EnergyInventoryCommandTest.meter(dir, "pv.csv", i -> i % 24 >= 10 && i % 24 < 14 ? 5 : 0);
    Path gas = EnergyInventoryCommandTest.meter(dir, "gas.csv", i -> 0.5);
    return new ArrayList<>(
        List.of(
            "energy",
            "certificate",
            "--meter",
            load.toString(),
            "--pv-meter",
            pv.toString(),
            "--gas-meter",
            gas.toString(),
            "--region",
            "CN-ZJ",
            "--year",
            "2024",
            "--zone",
            "Asia/Shanghai",
            "--certificate",
            "GEC-1=240",
            "--site",
            "Plant-A",
            "--organisation",
            "Lakeside Tools Ltd",
            "--issued",
            "2025-01-15"));
  }

  @Test
  void theCertificateStatesTheHandCalculatedInventoryAndTheRunHash(@TempDir Path dir)
      throws Exception {
    List<String> args = inventoryArgs(dir);
    Path out = dir.resolve("certificate.pdf");
    args.addAll(List.of("--out", out.toString()));
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    assertEquals(0, run.exit(), run.err());
    Matcher hash = Pattern.compile("run hash ([0-9a-f]{64})").matcher(run.out());
    assertTrue(hash.find(), run.out());
    String text = text(out);
    for (String s :
        List.of(
            "Lakeside Tools Ltd",
            "Plant-A",
            "0.804334 t CO2e",
            "0.616776 t CO2e",
            "0.609600 t CO2e",
            "1488.0 kWh",
            "248.0 kWh",
            "372.0 kWh",
            "1240.0 kWh",
            // (248 own PV + 240 under GEC-1) / 1,488 = 32.80 %
            "32.8 %",
            "372.0 m³",
            "cn_mee_nbs",
            "calculated from files, not stored",
            "2025-01-15",
            hash.group(1))) {
      assertTrue(text.contains(s), s + " in\n" + text);
    }
    assertFalse(text.contains("Measured energy savings"), text);

    // the same files give the same hash: what a verifier checks
    Path again = dir.resolve("again.pdf");
    List<String> second = inventoryArgs(dir);
    second.addAll(List.of("--out", again.toString(), "--lang", "zh-CN"));
    CommandRun zh = CommandRun.of(second.toArray(String[]::new));
    assertEquals(0, zh.exit(), zh.err());
    String zhText = text(again);
    assertTrue(zhText.contains(hash.group(1)), zhText);
    assertTrue(zhText.contains("范围2（基于位置的方法）"), zhText);
    assertFalse(zhText.contains("t CO2e"), zhText);
  }

  @Test
  void measuredSavingsAreConvertedByTheInventorysGridFactor(@TempDir Path dir) throws Exception {
    // 1 Jan 2023 to 31 Jan 2024: 3 kWh an hour before 2024, 2 kWh in January (hours 8760 on),
    // with the same small wave of period 31 h on both sides so the baseline fit has residuals; the
    // baseline is the year 2023, as CalTRACK's data sufficiency asks (329 to 365 days)
    LocalDateTime start = LocalDateTime.of(2023, 1, 1, 0, 0);
    int hours = (365 + 31) * 24;
    int january = 365 * 24;
    Path load =
        hourly(
            dir,
            "load.csv",
            "timestamp,kwh",
            start,
            hours,
            i -> (i < january ? 3 : 2) + 0.1 * Math.sin(2 * Math.PI * i / 31));
    Path temp =
        hourly(
            dir,
            "temp.csv",
            "dt,tempC",
            start,
            hours,
            i ->
                12
                    + 8 * Math.sin(2 * Math.PI * i / (24 * 9.7))
                    + 3 * Math.sin(2 * Math.PI * i / 24));
    Path out = dir.resolve("savings.pdf");
    CommandRun run =
        CommandRun.of(
            "energy",
            "certificate",
            "--meter",
            load.toString(),
            "--region",
            "CN-ZJ",
            "--year",
            "2024",
            "--zone",
            "Asia/Shanghai",
            "--baseline",
            "2023-01-01/2024-01-01",
            "--reporting",
            "2024-01-01/2024-02-01",
            "--weather",
            temp.toString(),
            "--price",
            "0.8",
            "--out",
            out.toString());
    assertEquals(0, run.exit(), run.err());
    String text = text(out).replaceAll("\\s+", " ");
    assertTrue(text.contains("Measured energy savings"), text);
    // January: 744 h x 2 kWh (the wave has whole periods, 744 = 24 x 31) = 1,488 kWh purchased,
    // x 0.4974 kg/kWh = 740.1312 kg location-based, rounded once to 740,131 g
    assertTrue(text.contains("0.740131 t CO2e"), text);
    Matcher kwh = Pattern.compile("Avoided energy use\\s*([0-9.]+) ± ([0-9.]+) kWh").matcher(text);
    assertTrue(kwh.find(), text);
    double saved = Double.parseDouble(kwh.group(1));
    // the built-in saving: 1 kWh in each of the 744 hours of January
    assertEquals(744, saved, 744 * 0.02, text);
    Matcher co2 =
        Pattern.compile("location-based grid factor\\)\\s*([0-9.]+) ± ([0-9.]+) t CO2e")
            .matcher(text);
    assertTrue(co2.find(), text);
    // CO2e avoided = kWh x 0.4974 kg/kWh (Zhejiang 2023, the factor of the inventory's year rule)
    assertEquals(saved * 0.4974 / 1000, Double.parseDouble(co2.group(1)), 0.05 * 0.4974 / 1000);
    Matcher cost = Pattern.compile("Cost saved\\s*([0-9.]+) ± ([0-9.]+) CNY").matcher(text);
    assertTrue(cost.find(), text);
    assertEquals(saved * 0.8, Double.parseDouble(cost.group(1)), 0.05 * 0.8 + 0.005);
    assertTrue(text.contains("% at 68 % confidence"), text);
  }

  @Test
  void halfTheSavingsInputsOrAnUnknownLanguageAreRefused(@TempDir Path dir) throws Exception {
    List<String> args = inventoryArgs(dir);
    args.addAll(
        List.of("--out", dir.resolve("x.pdf").toString(), "--baseline", "2023-01-01/2024-01-01"));
    CommandRun half = CommandRun.of(args.toArray(String[]::new));
    assertEquals(2, half.exit());
    assertTrue(half.err().contains("--baseline, --reporting and --weather together"), half.err());
    List<String> lang = inventoryArgs(dir);
    lang.addAll(List.of("--out", dir.resolve("y.pdf").toString(), "--lang", "fr"));
    CommandRun fr = CommandRun.of(lang.toArray(String[]::new));
    assertEquals(2, fr.exit());
    assertTrue(fr.err().contains("--lang fr"), fr.err());
    assertFalse(Files.exists(dir.resolve("y.pdf")));
  }
}
