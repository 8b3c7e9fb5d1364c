package org.scopeplus.core.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.scopeplus.core.city.GpcInventoryTest.key;
import static org.scopeplus.core.city.GpcInventoryTest.value;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The in-boundary part of BASIC (BASIC lines of scope 1 and 2), the total the city map allocates,
 * by hand from the GPC v1.1 reporting table (chapter 4): BASIC scope 3 (III.x.2), BASIC+ and
 * territorial-only lines stay out.
 */
class GpcInBoundaryTotalsTest {

  private static final long T = 1_000_000L;

  /**
   *
   *
   * <pre>
   * line     t      scope counting          in boundary
   * I.1.1    100    1     BASIC             100 (I)
   * I.1.2    200    2     BASIC             200 (I)
   * I.1.3    10     3     BASIC+            -
   * I.4.4    1000   1     territorial only  -
   * II.1.1   300    1     BASIC             300 (II)
   * II.1.2   5      2     BASIC             5 (II)
   * III.1.1  40     1     BASIC             40 (III)
   * III.1.2  20     3     BASIC             -
   * III.1.3  70     1     territorial only  -
   * IV.1     500    1     BASIC+            -
   * V.2      -80    1     BASIC+            -
   * VI.1     9      3     other scope 3     -
   * I.2.1    NO                             -
   * </pre>
   *
   * I = 300, II = 305, III = 40; total 645 t, which is BASIC (665 t) less III.1.2 (20 t).
   */
  @Test
  void sumsTheBasicLinesOfScopeOneAndTwoBySector() {
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
                value("V.2", "-80"),
                value("VI.1", "9"),
                key("I.2.1", NotationKey.NO)));
    GpcInBoundaryTotals m = GpcInBoundaryTotals.of(inv);
    assertThat(m.sectors().get(GpcSector.STATIONARY_ENERGY)).isEqualTo(300 * T);
    assertThat(m.sectors().get(GpcSector.TRANSPORTATION)).isEqualTo(305 * T);
    assertThat(m.sectors().get(GpcSector.WASTE)).isEqualTo(40 * T);
    assertThat(m.sectors().get(GpcSector.IPPU)).isZero();
    assertThat(m.sectors().get(GpcSector.AFOLU)).isZero();
    assertThat(m.sectors().get(GpcSector.OTHER_SCOPE_3)).isZero();
    assertThat(m.total()).isEqualTo(645 * T);
    assertThat(GpcTotals.of(inv).basic() - 20 * T).isEqualTo(m.total());
  }
}
