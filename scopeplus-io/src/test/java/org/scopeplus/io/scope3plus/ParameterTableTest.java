package org.scopeplus.io.scope3plus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scopeplus.core.factor.Verification;
import org.scopeplus.core.scope3plus.Parameter;

class ParameterTableTest {

  @Test
  void readsEveryRowWithItsFlagAndKeepsNotFoundValuesEmpty() throws Exception {
    Map<String, Parameter> p = ParameterTable.builtIn();
    assertThat(p).hasSize(118);
    Parameter bus = p.get("transport.uk.bus_local_avg.ttw_per_pkm");
    assertThat(bus.value()).isEqualTo(0.10227);
    assertThat(bus.inGrams()).isEqualTo(102.27);
    assertThat(bus.citation().publication()).contains("BEIS");
    assertThat(p.get("transport.uk.car_occupancy_avg").citation().verification())
        .isEqualTo(Verification.SECONDARY);
    assertThat(p.get("cutlery.plastic_fork.mass").citation().verification())
        .isEqualTo(Verification.TO_VERIFY);
    assertThat(p.get("cutlery.meituan.no_cutlery_per_order_implied").citation().verification())
        .isEqualTo(Verification.TO_VERIFY);
    assertThat(p.get("paper.a4_80gsm.sheet_mass").citation().verification())
        .isEqualTo(Verification.DERIVED);
    assertThat(p.get("dc.server_utilisation.hyperscale").found()).isFalse();
    assertThat(p.get("transport.cn.rail_intensity").inGrams()).isEqualTo(6.11);
  }
}
