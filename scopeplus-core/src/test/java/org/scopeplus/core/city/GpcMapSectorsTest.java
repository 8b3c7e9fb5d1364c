package org.scopeplus.core.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.core.city.GpcInventoryTest.key;
import static org.scopeplus.core.city.GpcInventoryTest.value;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The map's sector totals, the territorial (scope 1) lines by map sector, by hand from the GPC v1.1
 * reporting table (chapter 4): scope 2 and 3 lines stay out, territorial-only lines count.
 */
class GpcMapSectorsTest {

  private static final long T = 1_000_000L;

  /**
   *
   *
   * <pre>
   * line     t      scope  map sector
   * I.1.1    100    1      residential 100
   * I.1.2    200    2      -
   * I.1.3    10     3      -
   * I.4.4    1000   1      power 1000 (territorial only, still on the map)
   * II.1.1   300    1      ground_transport 300
   * II.1.2   5      2      -
   * III.1.1  40     1      waste 40
   * III.1.2  20     3      -
   * III.1.3  70     1      waste 70 (imported waste treated in the city)
   * IV.1     500    1      ippu 500
   * I.5.1    90     1      afolu 90
   * V.2      -80    1      afolu -80
   * VI.1     9      3      -
   * I.2.1    NO            -
   * </pre>
   *
   * residential 100, power 1,000, afolu 10, ground transport 300, waste 110, ippu 500: 2,020 t,
   * which is the territorial total (scope 1).
   */
  @Test
  void sumsTheScopeOneLinesByMapSectorToTheTerritorialTotal() {
    CityInventory inv =
        CityInventory.of(
            "Test",
            2023,
            List.of(
                value("I.1.1", "100"),
                value("I.1.2", "200"),
                value("I.1.3", "10"),
                value("I.4.4", "1000"),
                value("II.1.1", "300"),
                value("II.1.2", "5"),
                value("III.1.1", "40"),
                value("III.1.2", "20"),
                value("III.1.3", "70"),
                value("IV.1", "500"),
                value("I.5.1", "90"),
                value("V.2", "-80"),
                value("VI.1", "9"),
                key("I.2.1", NotationKey.NO)));
    GpcMapSectors m = GpcMapSectors.of(inv);
    assertThat(m.sectors())
        .isEqualTo(
            Map.of(
                "residential", 100 * T,
                "power", 1_000 * T,
                "afolu", 10 * T,
                "ground_transport", 300 * T,
                "waste", 110 * T,
                "ippu", 500 * T));
    assertThat(m.total()).isEqualTo(2_020 * T).isEqualTo(GpcTotals.of(inv).territorial());
    assertThat(m.refusal()).isEmpty();
  }

  @Test
  void aNetSinkCannotBePlaced() {
    GpcMapSectors m =
        GpcMapSectors.of(
            CityInventory.of("Test", 2023, List.of(value("I.1.1", "100"), value("V.2", "-80"))));
    assertThat(m.sectors()).containsEntry("afolu", -80 * T);
    assertThat(m.refusal()).get().asString().contains("afolu").contains("net sink");
  }
}
