package org.scopeplus.server.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.inventory.Totals;
import org.scopeplus.store.run.ResultRow;

class FormatsTest {

  @Test
  void tonnesAreRoundedHalfEvenToAPrecisionThatFitsTheirSize() {
    // 123,456,789,000 g = 123,456.789 t: whole tonnes from 100 t
    assertThat(Formats.tonnes(123_456_789_000L, Locale.ENGLISH)).isEqualTo("123,457");
    // 12,345,678 g = 12.345678 t: one decimal from 1 t
    assertThat(Formats.tonnes(12_345_678L, Locale.ENGLISH)).isEqualTo("12.3");
    // 123,456 g = 0.123456 t: three decimals (kilograms) below 1 t
    assertThat(Formats.tonnes(123_456L, Locale.ENGLISH)).isEqualTo("0.123");
    // half-even: 2.5 t shown as 2.5, 12.25 t as 12.2, 12.35 t as 12.4
    assertThat(Formats.tonnes(12_250_000L, Locale.ENGLISH)).isEqualTo("12.2");
    assertThat(Formats.tonnes(12_350_000L, Locale.ENGLISH)).isEqualTo("12.4");
    assertThat(Formats.tonnes(0, Locale.ENGLISH)).isEqualTo("0");
    assertThat(Formats.tonnes(-1_500_000_000L, Locale.ENGLISH)).isEqualTo("-1,500");
    assertThat(Formats.tonnes(123_456_789_000L, Locale.SIMPLIFIED_CHINESE)).isEqualTo("123,457");
    assertThat(Formats.tonnes(123_456_789_000L, Locale.GERMANY)).isEqualTo("123.457");
  }

  @Test
  void anAmountIsShownToTheDecimalsAskedForRoundedHalfEven() {
    // 7,183.5836 kWh to one decimal: 7,183.6; 5,028.5085 CNY to two: 5,028.51
    assertThat(Formats.amount(7_183.5836, 1, Locale.ENGLISH)).isEqualTo("7,183.6");
    assertThat(Formats.amount(5_028.5085, 2, Locale.SIMPLIFIED_CHINESE)).isEqualTo("5,028.51");
    // half-even on exactly representable halves: 0.25 -> 0.2, 0.75 -> 0.8, 2.5 -> 2
    assertThat(Formats.amount(0.25, 1, Locale.ENGLISH)).isEqualTo("0.2");
    assertThat(Formats.amount(0.75, 1, Locale.ENGLISH)).isEqualTo("0.8");
    assertThat(Formats.amount(2.5, 0, Locale.ENGLISH)).isEqualTo("2");
    assertThat(Formats.amount(17_313.5246, 0, Locale.GERMANY)).isEqualTo("17.314");
  }

  @Test
  void aChartGetsTonnesToTheKilogram() {
    assertThat(Formats.chartTonnes(123_456_789L)).isEqualTo(123.457);
    // half-even at the kilogram: 0.0125 t -> 0.012, 0.0135 t -> 0.014; negative the same way
    assertThat(Formats.chartTonnes(12_500L)).isEqualTo(0.012);
    assertThat(Formats.chartTonnes(13_500L)).isEqualTo(0.014);
    assertThat(Formats.chartTonnes(-12_500L)).isEqualTo(-0.012);
    assertThat(Formats.chartTonnes(Long.MAX_VALUE)).isEqualTo(9_223_372_036_854.776);
  }

  @Test
  void exportedCellsAreQuotedAndNeverRunAsFormulas() {
    assertThat(ExplorerExport.csvCell("Group/Cloud")).isEqualTo("Group/Cloud");
    assertThat(ExplorerExport.csvCell("a,b")).isEqualTo("\"a,b\"");
    assertThat(ExplorerExport.csvCell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ExplorerExport.csvCell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(ExplorerExport.csvCell("-12.5")).isEqualTo("-12.5");
    // grams to tonnes with six decimals is exact
    assertThat(ExplorerExport.tonnes(1_234_567_891L)).isEqualTo("1234.567891");
  }

  @Test
  void theUnitsBelowAUnitSumEverythingBelowEachOfThemExactly() {
    Totals a = new Totals(1, 2, 3, 4, 0, 0);
    Totals b = new Totals(10, 20, 30, 40, 0, 0);
    Totals c = new Totals(100, 200, 300, 400, 0, 0);
    List<ResultRow> cells =
        List.of(
            new ResultRow("ORG_UNIT", "Group", a),
            new ResultRow("ORG_UNIT", "Group/Cloud/DC1", b),
            new ResultRow("ORG_UNIT", "Group/Cloud/DC2", c),
            new ResultRow("ORG_UNIT", "Group/Retail", a),
            new ResultRow("ORG_UNIT", "Groupie", c));
    List<ResultRow> children =
        ExplorerController.childUnits(
            cells, new ExplorerQuery(null, "Group", null, null, null, null, null));
    assertThat(children).extracting(ResultRow::item).containsExactly("Group/Cloud", "Group/Retail");
    assertThat(children.get(0).totals()).isEqualTo(new Totals(110, 220, 330, 440, 0, 0));
    assertThat(children.get(1).totals()).isEqualTo(a);
    List<ResultRow> top =
        ExplorerController.childUnits(
            cells, new ExplorerQuery(null, null, null, null, null, null, null));
    assertThat(top).extracting(ResultRow::item).containsExactly("Group", "Groupie");
  }
}
