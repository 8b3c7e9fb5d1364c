package org.scopeplus.core.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IpccMappingTest {

  @Test
  void everyScopeOneLineMapsOnceAndNoOtherLineDoes() {
    long mapped = IpccMapping.categories().stream().mapToLong(c -> c.references().size()).sum();
    long scope1 = GpcFramework.lines().stream().filter(l -> l.scope() == 1).count();
    // I: 6 x .1 + I.4.4 + I.7.1 + I.8.1 = 9; II: 5; III: 4 x 2 = 8; IV: 2; V: 3 -> 27
    assertThat(scope1).isEqualTo(27);
    assertThat(mapped).isEqualTo(scope1);
    assertThat(IpccMapping.of(GpcInventoryTest.line("I.1.2"))).isEmpty();
    assertThat(IpccMapping.of(GpcInventoryTest.line("III.1.2"))).isEmpty();
    assertThat(IpccMapping.of(GpcInventoryTest.line("VI.1"))).isEmpty();
    assertThat(IpccMapping.of(GpcInventoryTest.line("I.4.4")).orElseThrow().code())
        .isEqualTo("1.A.1");
    assertThat(IpccMapping.of(GpcInventoryTest.line("III.1.3")).orElseThrow().code())
        .isEqualTo("4.A");
    assertThat(IpccMapping.of(GpcInventoryTest.line("II.1.1")).orElseThrow().code())
        .isEqualTo("1.A.3.b");
  }

  @Test
  void theIpccCategoriesAddUpToTheTerritorialTotal() {
    // from GpcInventoryTest.everyRule: 1.A.1 = I.4.4 1000 t; 1.A.3.b = II.1.1 300 t;
    // 1.A.4.b = I.1.1 100 t; 2.A.. = IV.1 500 t; 3.B = V.2 -30 t; 4.A = III.1.1 40 + III.1.3 70
    // = 110 t; the sum 1980 t is the territorial total
    CityInventory inv = GpcInventoryTest.everyRule();
    Map<IpccCategory, Long> t = IpccMapping.totals(inv);
    long t1 = 1_000_000L;
    assertThat(byCode(t, "1.A.1")).isEqualTo(1000 * t1);
    assertThat(byCode(t, "1.A.3.b")).isEqualTo(300 * t1);
    assertThat(byCode(t, "1.A.4.b")).isEqualTo(100 * t1);
    assertThat(byCode(t, "3.B")).isEqualTo(-30 * t1);
    assertThat(byCode(t, "4.A")).isEqualTo(110 * t1);
    assertThat(t.values().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(GpcTotals.of(inv).territorial())
        .isEqualTo(1980 * t1);
  }

  private static long byCode(Map<IpccCategory, Long> t, String code) {
    return t.entrySet().stream()
        .filter(e -> e.getKey().code().equals(code))
        .findFirst()
        .orElseThrow()
        .getValue();
  }
}
