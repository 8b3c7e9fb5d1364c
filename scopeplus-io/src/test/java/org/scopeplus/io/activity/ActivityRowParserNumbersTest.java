package org.scopeplus.io.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.activity.ActivityRecord;
import org.scopeplus.core.problem.Problem;
import org.scopeplus.io.builtin.BuiltInReferenceData;
import org.scopeplus.io.builtin.ReferenceData;
import org.scopeplus.io.table.HeaderIndex;
import org.scopeplus.io.table.TableRow;

/**
 * Numbers in an activity row: plain decimals only, finite, not underflowing, and quantities within
 * the plausible bound of their dimension; every refusal names the row and the column.
 */
class ActivityRowParserNumbersTest {

  private static final ReferenceData REFERENCE = BuiltInReferenceData.load();
  private static final ActivityRowParser PARSER =
      new ActivityRowParser(REFERENCE.catalog(), REFERENCE.regions(), REFERENCE.gwps());
  private static final List<String> COLUMNS =
      List.of(
          "record_id",
          "org_unit",
          "facility",
          "period",
          "activity_type",
          "quantity",
          "unit",
          "region",
          "density_kg_per_m3",
          "heat_content_gj_per_t",
          "supplier_factor_kg_co2e");
  private static final HeaderIndex HEADER =
      HeaderIndex.of("activity.csv", COLUMNS, ActivityColumns.REQUIRED, ActivityColumns.OPTIONAL);

  private static List<Problem> problems(String type, String quantity, String unit, String... more) {
    String[] cells = new String[COLUMNS.size()];
    String[] fixed = {"E1", "Group/SG", "SG-DC", "2020-03", type, quantity, unit, "SG"};
    for (int i = 0; i < cells.length; i++) {
      cells[i] =
          i < fixed.length
              ? fixed[i]
              : (i - fixed.length < more.length ? more[i - fixed.length] : "");
    }
    List<Problem> out = new ArrayList<>();
    ActivityRecord r = PARSER.parse("activity.csv", HEADER, new TableRow(5, cells), out);
    assertThat(r == null).isEqualTo(!out.isEmpty());
    return out;
  }

  private static Problem only(List<Problem> problems) {
    assertThat(problems).hasSize(1);
    Problem p = problems.get(0);
    assertThat(p.file()).isEqualTo("activity.csv");
    assertThat(p.row()).isEqualTo(5);
    return p;
  }

  @Test
  void fiftyTrillionMwhIsRefusedAtImportWithItsRowAndColumn() {
    // 5e13 MWh = 5e16 kWh, beyond the bound of energy, 1e12 kWh = 1e9 MWh
    Problem p = only(problems("s2.electricity", "5e13", "MWh"));
    assertThat(p.column()).isEqualTo("quantity");
    assertThat(p.message())
        .startsWith("quantity 5e13 MWh is beyond the largest plausible single record of energy")
        .contains("1e9 MWh (1e12 kWh)");
    // the same amount written out in digits, as the fast path reads it
    assertThat(only(problems("s2.electricity", "50000000000000", "MWh")).column())
        .isEqualTo("quantity");
  }

  @Test
  void theBoundItselfIsAccepted() {
    assertThat(problems("s2.electricity", "1000000000", "MWh")).isEmpty();
    assertThat(problems("s2.electricity", "1e12", "kWh")).isEmpty();
    assertThat(only(problems("s2.electricity", "1000000001", "MWh")).column())
        .isEqualTo("quantity");
  }

  @Test
  void hugeOrNonFiniteNumbersAreRefusedWithTheirColumn() {
    // 1e308 is a finite double but beyond every bound; before, it passed and broke the run
    assertThat(only(problems("s2.electricity", "1e308", "MWh")).message())
        .contains("beyond the largest plausible single record");
    assertThat(only(problems("s2.electricity", "1e400", "MWh")).message())
        .isEqualTo("quantity '1e400' is beyond the range of numbers (about 1.8e308)");
    for (String text :
        List.of("NaN", "Infinity", "-Infinity", "0x1p3", "1d", "1e", "1,5", "e5", ".")) {
      Problem p = only(problems("s2.electricity", text, "MWh"));
      assertThat(p.column()).as(text).isEqualTo("quantity");
      assertThat(p.message()).as(text).contains("is not a number");
    }
  }

  @Test
  void numbersTooSmallToHoldAreRefusedRatherThanReadAsZero() {
    // Double.parseDouble("1e-400") is 0.0 and "1e-310" a subnormal that has lost digits
    for (String text : List.of("1e-400", "1e-310", "-4.9e-324")) {
      Problem p = only(problems("s2.electricity", text, "MWh"));
      assertThat(p.column()).isEqualTo("quantity");
      assertThat(p.message()).as(text).contains("too small to be held exactly");
    }
    assertThat(problems("s2.electricity", "0", "MWh")).isEmpty();
    assertThat(problems("s2.electricity", "0.000e-400", "MWh")).isEmpty();
    assertThat(problems("s2.electricity", "+1.5E3", "MWh")).isEmpty();
    assertThat(problems("s2.electricity", "2.", "MWh")).isEmpty();
    assertThat(problems("s2.electricity", ".5", "MWh")).isEmpty();
  }

  @Test
  void aNegativeQuantityIsRefusedWithItsColumnWhereTheTypeForbidsIt() {
    Problem p = only(problems("s2.electricity", "-5", "MWh"));
    assertThat(p.column()).isEqualTo("quantity");
    assertThat(p.message()).contains("is negative");
    // a mass-balance term that may be negative is bounded by its magnitude
    assertThat(
            problems("s1.refrigerant.inventory_decrease", "-2e12", "kg").stream()
                .filter(x -> x.column().equals("quantity"))
                .map(Problem::message))
        .anyMatch(m -> m.contains("beyond the largest plausible single record of mass"));
  }

  @Test
  void densityHeatContentAndSupplierFactorHaveTheirBounds() {
    Problem density = only(problems("s2.electricity", "1", "MWh", "1e308"));
    assertThat(density.column()).isEqualTo("density_kg_per_m3");
    assertThat(density.message())
        .isEqualTo(
            "density_kg_per_m3 1E+308 is beyond the largest plausible value, 25000 kg/m3; check the"
                + " number and its unit");
    Problem heat = only(problems("s2.electricity", "1", "MWh", "", "151"));
    assertThat(heat.column()).isEqualTo("heat_content_gj_per_t");
    assertThat(heat.message()).contains("151 is beyond the largest plausible value, 150 GJ/t");
    Problem factor = only(problems("s2.electricity", "1", "MWh", "", "", "2e6"));
    assertThat(factor.column()).isEqualTo("supplier_factor_kg_co2e");
    assertThat(problems("s2.electricity", "1", "MWh", "840", "43.0", "0.5")).isEmpty();
  }

  @Test
  void aPlainDecimalHasDigitsAroundAtMostOnePointAndAnExponentWithDigits() {
    for (String yes : List.of("0", "+1", "-2.5", ".5", "5.", "1e3", "1E-3", "-.5e+10", "007")) {
      assertThat(ActivityRowParser.decimal(yes)).as(yes).isTrue();
    }
    for (String no :
        List.of(
            "", "+", "-", ".", "+.", "e3", ".e3", "1e", "1e+", "1.2.3", "1,5", "1 000", "0x1F")) {
      assertThat(ActivityRowParser.decimal(no)).as(no).isFalse();
    }
  }
}
